using System.Text.Json;
using Homeward.Domain.Instruments.Submissions;

namespace Homeward.Web.Features.Instruments;

/// <summary>A submission's answers as stored: { "values": { field: answer }, "repeats": { repeat: [ { field: answer } ] } }.</summary>
public static class StoredAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Stored(Dictionary<string, string?> Values, Dictionary<string, List<Dictionary<string, string?>>> Repeats);

    public static string ToJson(AnswerSet answers) => JsonSerializer.Serialize(new Stored(
        answers.Values.ToDictionary(v => v.Key, v => v.Value),
        answers.Repeats.ToDictionary(r => r.Key, r => r.Value.Select(i => i.ToDictionary(v => v.Key, v => v.Value)).ToList())), Json);

    public static AnswerSet FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Json) ?? new Stored([], []);
        return new AnswerSet(stored.Values ?? [], (stored.Repeats ?? []).ToDictionary(r => r.Key,
            r => (IReadOnlyList<IReadOnlyDictionary<string, string?>>)r.Value.Select(i => (IReadOnlyDictionary<string, string?>)i).ToList()));
    }
}
