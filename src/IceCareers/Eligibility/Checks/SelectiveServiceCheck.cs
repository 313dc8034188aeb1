using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.5: registration applies to people of the requirement's sex born after its date. Registered or exempt →
/// Met; not registered → NotMet (register before the deadline birthday; after it, the failure must be shown to be
/// neither knowing nor wilful). Whether it applies needs <c>sex</c> and <c>dateOfBirth</c>.
/// </summary>
internal sealed class SelectiveServiceCheck(SelectiveServiceRequirement requirement) : IRule<SelectiveServiceFinding>
{
    public Requirement Requirement => requirement;

    public SelectiveServiceRequirement SelectiveService => requirement;

    public IReadOnlyList<string> SourcesOf(int basis) => requirement.Sources;

    public SelectiveServiceFinding Decide(CandidateProfile profile, RuleContext context)
    {
        bool? sexApplies = profile.Sex is { } sex && sex != Sex.Unspecified ? sex == requirement.AppliesToSex : null;
        bool? birthApplies = profile.DateOfBirth is { } born ? born > requirement.BornAfter : null;
        if (sexApplies == false)
        {
            return new(Verdict.NotApplicable, SelectiveServiceCase.OtherSex);
        }

        if (birthApplies == false)
        {
            return new(Verdict.NotApplicable, SelectiveServiceCase.BornBefore);
        }

        var applies = sexApplies == true && birthApplies == true;
        switch (profile.SelectiveService)
        {
            case SelectiveServiceStatus.Registered:
                return new(Verdict.Met, SelectiveServiceCase.Registered);
            case SelectiveServiceStatus.Exempt:
                return new(Verdict.Met, SelectiveServiceCase.Exempt);
            case null when applies:
                return new(Verdict.Unknown, SelectiveServiceCase.StatusUnknown, StatusUnstated: true);
            case SelectiveServiceStatus.NotRegistered when applies:
                var deadline = profile.DateOfBirth!.Value.AddYears(requirement.RegistrationDeadlineAge);
                return new(Verdict.NotMet, SelectiveServiceCase.NotRegistered, Deadline: deadline, DeadlinePassed: context.AsOf >= deadline);
        }

        // Whether it applies is not known: ask for what decides that, and for the status if it is missing too.
        return new(Verdict.Unknown, SelectiveServiceCase.Undetermined, sexApplies is null, birthApplies is null, profile.SelectiveService is null);
    }
}

/// <summary>Which branch of the Selective Service rule decided.</summary>
internal enum SelectiveServiceCase : byte
{
    OtherSex,
    BornBefore,
    Registered,
    Exempt,
    StatusUnknown,
    NotRegistered,
    Undetermined,
}

/// <summary>The Selective Service decision: which facts were not stated; for a man not registered, the deadline birthday and whether it has passed.</summary>
internal readonly record struct SelectiveServiceFinding(
    Verdict Verdict,
    SelectiveServiceCase Case,
    bool SexUnstated = false,
    bool BirthDateUnstated = false,
    bool StatusUnstated = false,
    DateOnly? Deadline = null,
    bool DeadlinePassed = false) : IFinding
{
    /// <summary>The fields that decide whether the rule applies and whether it is met, where not stated, in that order.</summary>
    public FieldList Unknown => Verdict != Verdict.Unknown ? default : new FieldList([
        .. SexUnstated ? ["sex"] : Array.Empty<string>(),
        .. BirthDateUnstated ? ["dateOfBirth"] : Array.Empty<string>(),
        .. StatusUnstated ? ["selectiveService"] : Array.Empty<string>()]);

    public bool Remediable => true;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
