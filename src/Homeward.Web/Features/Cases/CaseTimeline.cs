using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Cases;

/// <summary>Adds entries to a case's timeline in the same unit of work as the change they describe.</summary>
public sealed class CaseTimeline(HomewardDbContext db, CurrentUser user)
{
    public void Add(Guid caseId, CaseEventKind kind, string summary) =>
        db.CaseEvents.Add(new CaseEvent { CaseId = caseId, Kind = kind, Summary = summary, ActorId = user.Id, ActorName = user.Name });
}
