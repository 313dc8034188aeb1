using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Announcements;
using IceCareers.Candidates;
using IceCareers.Careers;
using IceCareers.Diagnostics;
using IceCareers.Eligibility;
using IceCareers.Hiring;
using IceCareers.Pay;
using IceCareers.Postings;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers.Serialization;

/// <summary>
/// The System.Text.Json source-generated (AOT-safe) context for every public model: camelCase properties, enums as
/// their C# names, unknown members refused. Use <see cref="IceCareersJson.Options"/> for ready-made options.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(PayGradeJsonConverter), typeof(PremiumKindJsonConverter), typeof(HiringApplicationJsonConverter), typeof(CandidateProfileJsonConverter)])]
[JsonSerializable(typeof(CareerCatalog))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(IReadOnlyList<Role>))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Requirement))]
[JsonSerializable(typeof(HiringPipeline))]
[JsonSerializable(typeof(PipelineStage))]
[JsonSerializable(typeof(HiringApplication))]
[JsonSerializable(typeof(TrainingProgram))]
[JsonSerializable(typeof(TrainingPlan))]
[JsonSerializable(typeof(IReadOnlyList<ScheduledProgram>))]
[JsonSerializable(typeof(Effective))]
[JsonSerializable(typeof(PayGrade))]
[JsonSerializable(typeof(CandidateProfile))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(IReadOnlyList<Problem>))]
[JsonSerializable(typeof(EligibilityReport))]
[JsonSerializable(typeof(IReadOnlyList<EligibilityReport>))]
[JsonSerializable(typeof(RequirementResult))]
[JsonSerializable(typeof(Gap))]
[JsonSerializable(typeof(EligibilityOptions))]
[JsonSerializable(typeof(Announcement))]
[JsonSerializable(typeof(UsaJobsSearchResult))]
[JsonSerializable(typeof(AnnouncementListing))]
[JsonSerializable(typeof(IReadOnlyList<AnnouncementListing>))]
[JsonSerializable(typeof(PayEstimate))]
[JsonSerializable(typeof(CareerProjection))]
public sealed partial class IceCareersJsonContext : JsonSerializerContext
{
}
