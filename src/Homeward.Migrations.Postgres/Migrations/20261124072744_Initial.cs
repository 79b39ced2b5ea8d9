using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "capacity_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StakeholderIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    ParticipantDetails = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FollowUpDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpFindings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "community_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    Needs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Resources = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReturnImpact = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MigrationDrivers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReintegrationBarriers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResilienceSources = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LabourMarket = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExistingInitiatives = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Tensions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProfiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SessionParticipants = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReturneesInSessions = table.Column<int>(type: "integer", nullable: true),
                    NonMigrantsInSessions = table.Column<int>(type: "integer", nullable: true),
                    LocalInterest = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    MotivatedReturnees = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    BasicInfrastructure = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ServicesPresent = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    StabilityAndOpportunity = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ActiveCivilSociety = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coordination_mechanisms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Lead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Members = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StandardProcedures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReferralPathways = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_mechanisms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Criteria = table.Column<int>(type: "integer", maxLength: 48, nullable: false),
                    Evaluator = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Findings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feasibility_approaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UsefulFor = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AssistanceType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feasibility_approaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PrincipalPersonId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResponseBody = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotent_requests", x => new { x.UserId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    WeightsNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    File = table.Column<byte[]>(type: "bytea", nullable: false),
                    SurveyJson = table.Column<string>(type: "text", nullable: false),
                    ChoicesJson = table.Column<string>(type: "text", nullable: false),
                    SettingsJson = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Shipped = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "job_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastCompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_locations_locations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_work",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Framework = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Lead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_work", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programme_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlanDeadlineDays = table.Column<int>(type: "integer", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PerCaseCeiling = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ApprovalLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ClosureRequiresApproval = table.Column<bool>(type: "boolean", nullable: false),
                    FollowUpMonths = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RetentionMonthsAfterClosure = table.Column<int>(type: "integer", nullable: false, defaultValue: 60),
                    BreakGlassMinutes = table.Column<int>(type: "integer", nullable: false, defaultValue: 120),
                    TwoFactorRoles = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, defaultValue: ""),
                    SmallCellThreshold = table.Column<int>(type: "integer", nullable: false),
                    HighReturnThreshold = table.Column<int>(type: "integer", nullable: false, defaultValue: 10),
                    RecentReturnMonths = table.Column<int>(type: "integer", nullable: false, defaultValue: 6)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "protected_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protected_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "result_statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Statement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_result_statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_result_statements_result_statements_ParentId",
                        column: x => x.ParentId,
                        principalTable: "result_statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Sector = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Capacity = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Needs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Willingness = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Influence = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Interest = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "validation_samples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    PopulationCount = table.Column<int>(type: "integer", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DrawnBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_validation_samples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coordination_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MechanismId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Decisions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coordination_meetings_coordination_mechanisms_MechanismId",
                        column: x => x.MechanismId,
                        principalTable: "coordination_mechanisms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ResponseNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FollowUpAction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Progress = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_recommendations_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feasibility_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Rule = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ServiceType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    AssessmentKind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Skill = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feasibility_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feasibility_criteria_feasibility_approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "feasibility_approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OtherNames = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Sex = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    DateOfBirthEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    Nationality = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Disability = table.Column<string>(type: "text", nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DocumentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DocumentNumber = table.Column<string>(type: "text", nullable: true),
                    DocumentNumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    Relationship = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GivenNameKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FamilyNameKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_persons_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "community_places",
                columns: table => new
                {
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_places", x => new { x.ProfileId, x.LocationId });
                    table.ForeignKey(
                        name: "FK_community_places_community_profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "community_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_community_places_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "community_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Sector = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Objectives = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Spent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Partners = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_community_projects_community_profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "community_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_community_projects_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "labour_market_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sectors = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SkillsInDemand = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Growth = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Wages = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AccessBarriers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labour_market_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labour_market_assessments_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "offices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_offices_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    SexServed = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    VulnerableOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Nationalities = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Languages = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Cost = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CapacityPerMonth = table.Column<int>(type: "integer", nullable: true),
                    CurrentLoad = table.Column<int>(type: "integer", nullable: false),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponseDays = table.Column<int>(type: "integer", nullable: false),
                    Agreement = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    AgreementStart = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementEnd = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "framework_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResultId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DataSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CollectionMethod = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Disaggregations = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ComputedKind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Parameters = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_framework_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_framework_indicators_result_statements_ResultId",
                        column: x => x.ResultId,
                        principalTable: "result_statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stakeholder_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StakeholderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DataAccess = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholder_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholder_agreements_stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coordination_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coordination_actions_coordination_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "coordination_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ObtainedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InterpreterUsed = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consents_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_non_migrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_non_migrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_non_migrants_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Achieved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_results_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Returnees = table.Column<int>(type: "integer", nullable: false),
                    NonMigrants = table.Column<int>(type: "integer", nullable: false),
                    WhoTookPart = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_steps_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PreferredCulture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PrincipalPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stage = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    HostCountry = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReturnDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ReturnLocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    MigrationHistory = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VulnerabilityFlag = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosureReason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    OptOutReason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StageBeforeClosure = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    PendingClosureReason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    PendingOptOutReason = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    PendingClosureNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PendingClosureRequestedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PlanAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextFollowUpDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentCount = table.Column<int>(type: "integer", nullable: false),
                    AnonymisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_locations_ReturnLocationId",
                        column: x => x.ReturnLocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_persons_PrincipalPersonId",
                        column: x => x.PrincipalPersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_areas",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_areas", x => new { x.ServiceId, x.LocationId });
                    table.ForeignKey(
                        name: "FK_service_areas_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_service_areas_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_manual_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_manual_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicator_manual_values_framework_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "framework_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicator_targets_framework_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "framework_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    UserAgent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StampHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_sessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConductedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: true),
                    VulnerabilityFlagged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetLineKey = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Goods = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Method = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Supplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeliveredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProofFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProofContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Proof = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assistance_deliveries_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "best_interests_determinations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ground = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Decision = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Reasons = table.Column<string>(type: "text", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_best_interests_determinations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_best_interests_determinations_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_best_interests_determinations_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "best_interests_waivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_best_interests_waivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_best_interests_waivers_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_best_interests_waivers_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "break_glass_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_break_glass_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_break_glass_grants_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromCaseManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToCaseManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_assignments_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_events_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ResponsibleParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_activities_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_activities_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_follow_up_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InSchool = table.Column<bool>(type: "boolean", nullable: true),
                    Findings = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_follow_up_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_follow_up_findings_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_follow_up_findings_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_participations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeardOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Step = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Heard = table.Column<bool>(type: "boolean", nullable: false),
                    Method = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Language = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AdultPresent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChildViews = table.Column<string>(type: "text", nullable: true),
                    NotHeardReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_participations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_participations_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_participations_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "counselling_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Interpreter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    GoalsAndMotivations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counselling_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_counselling_sessions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "family_tracings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SoughtGivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SoughtFamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SoughtBirthYear = table.Column<int>(type: "integer", nullable: true),
                    SoughtRelationship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KnownPlaces = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastContact = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RelationshipVerified = table.Column<bool>(type: "boolean", nullable: true),
                    VerificationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReunificationAppropriate = table.Column<bool>(type: "boolean", nullable: true),
                    AssessmentNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReunifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReunificationPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PresentAtReunification = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TravelSupervision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReceptionOnArrival = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_tracings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_family_tracings_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_family_tracings_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "feasibility_ticks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Holds = table.Column<bool>(type: "boolean", nullable: false),
                    TickedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TickedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feasibility_ticks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feasibility_ticks_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_feasibility_ticks_feasibility_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "feasibility_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MonthsAfterReturn = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Mode = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    EconomicFindings = table.Column<string>(type: "text", nullable: true),
                    SocialFindings = table.Column<string>(type: "text", nullable: true),
                    PsychosocialFindings = table.Column<string>(type: "text", nullable: true),
                    PlanAdjustments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextSteps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_ups_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    EconomicSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SocialSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PsychosocialSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlannedEndOfAssistance = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementMethod = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_returnees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_returnees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_returnees_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_project_returnees_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Need = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Requested = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SharedFieldNames = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FirstContactOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceDeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExceptionGround = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ExceptionDecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExceptionWhy = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExceptionConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExceptionConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SendWhenConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    FeedbackRating = table.Column<int>(type: "integer", nullable: true),
                    FeedbackComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_referrals_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "separated_children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GuardianRelationship = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GuardianContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GuardianAppointedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_separated_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_separated_children_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_separated_children_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "validation_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_validation_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_validation_checks_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_validation_checks_validation_samples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "validation_samples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instrument_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_instrument_submissions_assessments_AssessmentRecordId",
                        column: x => x.AssessmentRecordId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_instrument_submissions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_instrument_submissions_instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "determination_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeterminationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Decision = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_determination_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_determination_events_best_interests_determinations_Determin~",
                        column: x => x.DeterminationId,
                        principalTable: "best_interests_determinations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "determination_panel_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeterminationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UndertakingSignedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_determination_panel_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_determination_panel_members_best_interests_determinations_D~",
                        column: x => x.DeterminationId,
                        principalTable: "best_interests_determinations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tracing_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TracingId = table.Column<Guid>(type: "uuid", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracing_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tracing_actions_family_tracings_TracingId",
                        column: x => x.TracingId,
                        principalTable: "family_tracings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budget_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    EstimatedCost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Approval = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budget_lines_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssistanceType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReferralRequired = table.Column<bool>(type: "boolean", nullable: false),
                    ResponsibleParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_activities_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_shared_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_shared_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_shared_values_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Step = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByPartner = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_updates_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "best_interests_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnFinding = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_best_interests_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_assessments_AssessmentRecordId",
                        column: x => x.AssessmentRecordId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_child_participations_Participati~",
                        column: x => x.ParticipationId,
                        principalTable: "child_participations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_instrument_submissions_Submissio~",
                        column: x => x.SubmissionId,
                        principalTable: "instrument_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "submission_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ScoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScoredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Composite = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_scores_instrument_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "instrument_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_submission_scores_instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "submission_dimension_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionScoreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_dimension_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_dimension_scores_submission_scores_SubmissionSco~",
                        column: x => x.SubmissionScoreId,
                        principalTable: "submission_scores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OfficeId",
                table: "AspNetUsers",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_CaseId",
                table: "assessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_deliveries_CaseId_BudgetLineKey",
                table: "assistance_deliveries",
                columns: new[] { "CaseId", "BudgetLineKey" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_EntityType_EntityId_At",
                table: "audit_log",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_UserId_At",
                table: "audit_log",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_AssessmentRecordId",
                table: "best_interests_assessments",
                column: "AssessmentRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_CaseId_PersonId",
                table: "best_interests_assessments",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_ParticipationId",
                table: "best_interests_assessments",
                column: "ParticipationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_PersonId",
                table: "best_interests_assessments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_SubmissionId",
                table: "best_interests_assessments",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_determinations_CaseId_PersonId",
                table: "best_interests_determinations",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_determinations_PersonId",
                table: "best_interests_determinations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_waivers_CaseId_PersonId",
                table: "best_interests_waivers",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_waivers_PersonId",
                table: "best_interests_waivers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_CaseId",
                table: "break_glass_grants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_GrantedAt",
                table: "break_glass_grants",
                column: "GrantedAt");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_UserId_ExpiresAt",
                table: "break_glass_grants",
                columns: new[] { "UserId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_Approval",
                table: "budget_lines",
                column: "Approval");

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_LineKey",
                table: "budget_lines",
                column: "LineKey");

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_PlanId",
                table: "budget_lines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_activities_HeldOn",
                table: "capacity_activities",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_case_assignments_CaseId",
                table: "case_assignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_CaseId_At",
                table: "case_events",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload",
                table: "cases",
                columns: new[] { "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanAgreedOn", "ReturnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload_by_office",
                table: "cases",
                columns: new[] { "OfficeId", "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanAgreedOn", "ReturnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseManagerId_OpenedAt_Id",
                table: "cases",
                columns: new[] { "CaseManagerId", "OpenedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_OfficeId_Stage_OpenedAt_Id",
                table: "cases",
                columns: new[] { "OfficeId", "Stage", "OpenedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_PrincipalPersonId",
                table: "cases",
                column: "PrincipalPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Reference",
                table: "cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_ReturnLocationId",
                table: "cases",
                column: "ReturnLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_child_activities_CaseId_PersonId",
                table: "child_activities",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_activities_PersonId",
                table: "child_activities",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_follow_up_findings_CaseId_PersonId",
                table: "child_follow_up_findings",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_follow_up_findings_PersonId",
                table: "child_follow_up_findings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_participations_CaseId_PersonId",
                table: "child_participations",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_participations_PersonId",
                table: "child_participations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_community_places_LocationId",
                table: "community_places",
                column: "LocationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_projects_LocationId",
                table: "community_projects",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_community_projects_ProfileId",
                table: "community_projects",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_consents_PersonId_Purpose",
                table: "consents",
                columns: new[] { "PersonId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_coordination_actions_MeetingId",
                table: "coordination_actions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_coordination_meetings_MechanismId",
                table: "coordination_meetings",
                column: "MechanismId");

            migrationBuilder.CreateIndex(
                name: "IX_counselling_sessions_CaseId",
                table: "counselling_sessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_determination_events_DeterminationId",
                table: "determination_events",
                column: "DeterminationId");

            migrationBuilder.CreateIndex(
                name: "IX_determination_panel_members_DeterminationId",
                table: "determination_panel_members",
                column: "DeterminationId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_recommendations_EvaluationId",
                table: "evaluation_recommendations",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_family_tracings_CaseId_PersonId",
                table: "family_tracings",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_family_tracings_PersonId",
                table: "family_tracings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_feasibility_criteria_ApproachId",
                table: "feasibility_criteria",
                column: "ApproachId");

            migrationBuilder.CreateIndex(
                name: "IX_feasibility_ticks_CaseId_CriterionId",
                table: "feasibility_ticks",
                columns: new[] { "CaseId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feasibility_ticks_CriterionId",
                table: "feasibility_ticks",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_CaseId_DueOn",
                table: "follow_ups",
                columns: new[] { "CaseId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_DoneOn_DueOn",
                table: "follow_ups",
                columns: new[] { "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_framework_indicators_ResultId",
                table: "framework_indicators",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_idempotent_requests_CreatedAt",
                table: "idempotent_requests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_manual_values_IndicatorId_Period",
                table: "indicator_manual_values",
                columns: new[] { "IndicatorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_targets_IndicatorId_Period",
                table: "indicator_targets",
                columns: new[] { "IndicatorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instrument_submissions_AssessmentRecordId",
                table: "instrument_submissions",
                column: "AssessmentRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instrument_submissions_CaseId_AnsweredOn",
                table: "instrument_submissions",
                columns: new[] { "CaseId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instrument_submissions_InstrumentId",
                table: "instrument_submissions",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_instruments_FormId_Version",
                table: "instruments",
                columns: new[] { "FormId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labour_market_assessments_LocationId_AssessedOn",
                table: "labour_market_assessments",
                columns: new[] { "LocationId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_locations_Code",
                table: "locations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_locations_ParentId",
                table: "locations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_ReadAt",
                table: "notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_offices_OrganisationId",
                table: "offices",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_Name",
                table: "organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_persons_DocumentNumberHash",
                table: "persons",
                column: "DocumentNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_persons_FamilyNameKey_GivenNameKey_BirthYear",
                table: "persons",
                columns: new[] { "FamilyNameKey", "GivenNameKey", "BirthYear" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_GivenNameKey_FamilyNameKey",
                table: "persons",
                columns: new[] { "GivenNameKey", "FamilyNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_HouseholdId",
                table: "persons",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_activities_PlanId",
                table: "plan_activities",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_CaseId_VersionNumber",
                table: "plans",
                columns: new[] { "CaseId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_non_migrants_ProjectId_Sex_AgeGroup",
                table: "project_non_migrants",
                columns: new[] { "ProjectId", "Sex", "AgeGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_results_ProjectId",
                table: "project_results",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_project_returnees_CaseId",
                table: "project_returnees",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_project_returnees_ProjectId_CaseId",
                table: "project_returnees",
                columns: new[] { "ProjectId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_steps_ProjectId",
                table: "project_steps",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_shared_values_ReferralId_Field",
                table: "referral_shared_values",
                columns: new[] { "ReferralId", "Field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referral_updates_ReferralId",
                table: "referral_updates",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_CaseId",
                table: "referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_OrganisationId_Status",
                table: "referrals",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ServiceId_Status",
                table: "referrals",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_result_statements_ParentId_Position",
                table: "result_statements",
                columns: new[] { "ParentId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_separated_children_CaseId_PersonId",
                table: "separated_children",
                columns: new[] { "CaseId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_separated_children_PersonId",
                table: "separated_children",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_service_areas_LocationId",
                table: "service_areas",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_services_OrganisationId_Name",
                table: "services",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_Type",
                table: "services",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholder_agreements_StakeholderId",
                table: "stakeholder_agreements",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_Name",
                table: "stakeholders",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_submission_dimension_scores_SubmissionScoreId_Position",
                table: "submission_dimension_scores",
                columns: new[] { "SubmissionScoreId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submission_scores_InstrumentId",
                table: "submission_scores",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_submission_scores_SubmissionId_InstrumentId",
                table: "submission_scores",
                columns: new[] { "SubmissionId", "InstrumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tracing_actions_TracingId",
                table: "tracing_actions",
                column: "TracingId");

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_UserId_LastSeenAt",
                table: "user_sessions",
                columns: new[] { "UserId", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_validation_checks_CaseId",
                table: "validation_checks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_validation_checks_SampleId_Position",
                table: "validation_checks",
                columns: new[] { "SampleId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "assistance_deliveries");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "best_interests_assessments");

            migrationBuilder.DropTable(
                name: "best_interests_waivers");

            migrationBuilder.DropTable(
                name: "break_glass_grants");

            migrationBuilder.DropTable(
                name: "budget_lines");

            migrationBuilder.DropTable(
                name: "capacity_activities");

            migrationBuilder.DropTable(
                name: "case_assignments");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "child_activities");

            migrationBuilder.DropTable(
                name: "child_follow_up_findings");

            migrationBuilder.DropTable(
                name: "community_places");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "coordination_actions");

            migrationBuilder.DropTable(
                name: "counselling_sessions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "determination_events");

            migrationBuilder.DropTable(
                name: "determination_panel_members");

            migrationBuilder.DropTable(
                name: "evaluation_recommendations");

            migrationBuilder.DropTable(
                name: "feasibility_ticks");

            migrationBuilder.DropTable(
                name: "follow_ups");

            migrationBuilder.DropTable(
                name: "idempotent_requests");

            migrationBuilder.DropTable(
                name: "indicator_manual_values");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "job_leases");

            migrationBuilder.DropTable(
                name: "labour_market_assessments");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "plan_activities");

            migrationBuilder.DropTable(
                name: "policy_work");

            migrationBuilder.DropTable(
                name: "programme_settings");

            migrationBuilder.DropTable(
                name: "project_non_migrants");

            migrationBuilder.DropTable(
                name: "project_results");

            migrationBuilder.DropTable(
                name: "project_returnees");

            migrationBuilder.DropTable(
                name: "project_steps");

            migrationBuilder.DropTable(
                name: "protected_secrets");

            migrationBuilder.DropTable(
                name: "referral_shared_values");

            migrationBuilder.DropTable(
                name: "referral_updates");

            migrationBuilder.DropTable(
                name: "separated_children");

            migrationBuilder.DropTable(
                name: "service_areas");

            migrationBuilder.DropTable(
                name: "stakeholder_agreements");

            migrationBuilder.DropTable(
                name: "submission_dimension_scores");

            migrationBuilder.DropTable(
                name: "tracing_actions");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropTable(
                name: "validation_checks");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "child_participations");

            migrationBuilder.DropTable(
                name: "coordination_meetings");

            migrationBuilder.DropTable(
                name: "best_interests_determinations");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "feasibility_criteria");

            migrationBuilder.DropTable(
                name: "framework_indicators");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "community_projects");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "stakeholders");

            migrationBuilder.DropTable(
                name: "submission_scores");

            migrationBuilder.DropTable(
                name: "family_tracings");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "validation_samples");

            migrationBuilder.DropTable(
                name: "coordination_mechanisms");

            migrationBuilder.DropTable(
                name: "feasibility_approaches");

            migrationBuilder.DropTable(
                name: "result_statements");

            migrationBuilder.DropTable(
                name: "community_profiles");

            migrationBuilder.DropTable(
                name: "services");

            migrationBuilder.DropTable(
                name: "instrument_submissions");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "instruments");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "offices");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "households");
        }
    }
}
