using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// The kebab-case words the documents (data files, profiles) use for the enums of requirements. They live beside the enums
/// they name, so a new enum value and its word change in one place; the readers and the JSON contract use them. A
/// contract: see data/README.md.
/// </summary>
internal static class RequirementWords
{
    /// <summary>The kinds' words are their names in kebab-case (<c>education-experience</c>): a new kind needs no word here.</summary>
    public static readonly Words<RequirementKind> RequirementKinds = Words<RequirementKind>.FromNames();

    public static readonly Words<RequirementCategory> RequirementCategories = new(
        ("qualification", RequirementCategory.Qualification), ("bar", RequirementCategory.Bar),
        ("condition-of-employment", RequirementCategory.ConditionOfEmployment), ("advisory", RequirementCategory.Advisory));

    public static readonly Words<AgeWaiver> AgeWaivers = new(
        ("preference-eligible-veteran", AgeWaiver.PreferenceEligibleVeteran), ("prior-federal-law-enforcement", AgeWaiver.PriorFederalLawEnforcement));

    public static readonly Words<HoursKind> HoursKinds = new(("undergraduate", HoursKind.Undergraduate), ("graduate", HoursKind.Graduate));

    public static readonly Words<HistoryResponse> HistoryResponses = new(
        ("met", HistoryResponse.Acceptable), ("needs-review", HistoryResponse.NeedsReview), ("not-met", HistoryResponse.Disqualifies));

    public static readonly Words<FitnessEvent> FitnessEvents = new(
        ("sit-ups", FitnessEvent.SitUps), ("push-ups", FitnessEvent.PushUps), ("sprint-220-yards", FitnessEvent.Sprint220Yards),
        ("run-1.5-miles", FitnessEvent.Run1_5Miles));
}
