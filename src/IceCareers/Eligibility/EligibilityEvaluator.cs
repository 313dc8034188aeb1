using System.Globalization;
using IceCareers.Candidates;
using IceCareers.Eligibility.Checks;
using IceCareers.Roles;

namespace IceCareers.Eligibility;

/// <summary>
/// Decides whether a <see cref="CandidateProfile"/> qualifies for the roles of a <see cref="CareerCatalog"/>, requirement
/// by requirement, explaining each verdict and what would change it (rules.md §2). Every rule parameter comes from the
/// catalog's data. Immutable and thread-safe; reuse one instance.
/// </summary>
public sealed class EligibilityEvaluator
{
    private readonly Role[] _roles;
    private readonly Dictionary<string, int> _indexById;

    // A role's checks are prepared on its first evaluation, exactly once (under _buildLock), so that an application that
    // asks about one role neither builds nor JIT-compiles the other roles' checks; read without a lock once published.
    private readonly RolePlan?[] _plans;
    private readonly Lock _buildLock = new();
    private readonly Func<CareerCatalog, Role, RolePlan> _buildPlan;

    /// <summary>Creates an evaluator over <paramref name="catalog"/>; each role's checks are prepared once, on the role's first evaluation.</summary>
    /// <param name="catalog">The roles and requirements to evaluate against.</param>
    /// <param name="options">The default screening policy and the clock; the defaults (strict policy, system clock) when <see langword="null"/>.</param>
    public EligibilityEvaluator(CareerCatalog catalog, EligibilityOptions? options = null)
        : this(catalog, options, static (catalog, role) => new RolePlan(catalog, role))
    {
    }

    /// <summary>The seam for tests of when plans are built: <paramref name="buildPlan"/> is called once per role, on first use.</summary>
    internal EligibilityEvaluator(CareerCatalog catalog, EligibilityOptions? options, Func<CareerCatalog, Role, RolePlan> buildPlan)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        Options = options ?? new EligibilityOptions();
        _buildPlan = buildPlan;
        _roles = catalog.Roles.ToArray();
        _indexById = new Dictionary<string, int>(_roles.Length, StringComparer.Ordinal);
        for (var i = 0; i < _roles.Length; i++)
        {
            _indexById.Add(_roles[i].Id, i);
        }

        _plans = new RolePlan?[_roles.Length];
    }

    /// <summary>The catalog the evaluator reads.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>The evaluator's settings.</summary>
    public EligibilityOptions Options { get; }

    /// <summary>Evaluates <paramref name="profile"/> for one role.</summary>
    /// <param name="profile">What the candidate states; absent fields are unknown.</param>
    /// <param name="roleId">The role id, e.g. <c>hsi-special-agent</c>.</param>
    /// <param name="asOf">The evaluation date; the local date of <see cref="EligibilityOptions.TimeProvider"/> when <see langword="null"/>.</param>
    /// <param name="policy">
    /// How criminal and drug history count for this call; the evaluator's <see cref="EligibilityOptions.Policy"/> when
    /// <see langword="null"/> (<see cref="ScreeningPolicyNames"/> reads the words people type).
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="RoleNotFoundException">The catalog has no role with that id; the message names the known ids.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="policy"/> is not a defined value, or the profile (built in code) holds a list longer than
    /// <see cref="CandidateProfile.MaxEntries"/> or a number outside its field's range.
    /// </exception>
    /// <exception cref="ArgumentException">The evaluation date is before the candidate's date of birth.</exception>
    public EligibilityReport Evaluate(CandidateProfile profile, string roleId, DateOnly? asOf = null, ScreeningPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var screening = Defined(policy ?? Options.Policy);
        if (roleId is null || !_indexById.TryGetValue(roleId, out var index))
        {
            throw new RoleNotFoundException(roleId ?? "", _indexById.Keys);
        }

        var date = asOf ?? Today();
        CheckEvaluable(profile, date);
        return Plan(index).Evaluate(profile, date, screening, Catalog.Version);
    }

    /// <summary>
    /// Evaluates <paramref name="profile"/> for every role, best first: by outcome (eligible, needs review, incomplete,
    /// ineligible), then by highest qualifying grade (highest first), then by fewest gaps, then by role id.
    /// </summary>
    /// <param name="profile">What the candidate states; absent fields are unknown.</param>
    /// <param name="asOf">The evaluation date; the local date of <see cref="EligibilityOptions.TimeProvider"/> when <see langword="null"/>.</param>
    /// <param name="policy">How criminal and drug history count for this call; the evaluator's <see cref="EligibilityOptions.Policy"/> when <see langword="null"/>.</param>
    /// <returns>One report per role.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="policy"/> is not a defined value, or the profile (built in code) holds a list longer than
    /// <see cref="CandidateProfile.MaxEntries"/> or a number outside its field's range.
    /// </exception>
    /// <exception cref="ArgumentException">The evaluation date is before the candidate's date of birth.</exception>
    public IReadOnlyList<EligibilityReport> EvaluateAll(CandidateProfile profile, DateOnly? asOf = null, ScreeningPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var screening = Defined(policy ?? Options.Policy);
        var date = asOf ?? Today();
        CheckEvaluable(profile, date);
        var reports = new EligibilityReport[_roles.Length];
        for (var i = 0; i < _roles.Length; i++)
        {
            reports[i] = Plan(i).Evaluate(profile, date, screening, Catalog.Version);
        }

        Array.Sort(reports, Compare);
        return Array.AsReadOnly(reports);
    }

    /// <summary>The prepared checks of <paramref name="roleId"/>, built on first use; for tests and the allocation breakdown.</summary>
    internal RolePlan PlanFor(string roleId) => Plan(_indexById[roleId]);

    private RolePlan Plan(int index) => Volatile.Read(ref _plans[index]) ?? Build(index);

    private RolePlan Build(int index)
    {
        lock (_buildLock)
        {
            if (_plans[index] is not { } plan)
            {
                plan = _buildPlan(Catalog, _roles[index]);
                Volatile.Write(ref _plans[index], plan);
            }

            return plan;
        }
    }

    /// <summary>The order of <see cref="EvaluateAll"/>.</summary>
    private static int Compare(EligibilityReport a, EligibilityReport b)
    {
        var byOutcome = a.Outcome.CompareTo(b.Outcome);
        if (byOutcome != 0)
        {
            return byOutcome;
        }

        var byGrade = (b.HighestQualifyingGrade?.Grade ?? 0).CompareTo(a.HighestQualifyingGrade?.Grade ?? 0);
        if (byGrade != 0)
        {
            return byGrade;
        }

        var byGaps = a.Gaps.Count.CompareTo(b.Gaps.Count);
        return byGaps != 0 ? byGaps : string.CompareOrdinal(a.RoleId, b.RoleId);
    }

    private static ScreeningPolicy Defined(ScreeningPolicy policy) =>
        policy is ScreeningPolicy.Strict or ScreeningPolicy.Suitability
            ? policy
            : throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not a screening policy.");

    /// <summary>
    /// Refuses what cannot be judged: an evaluation date before the candidate's birth (an age below zero), a list
    /// longer than <see cref="CandidateProfile.MaxEntries"/> and numbers past their field's range (<see cref="CandidateProfile"/> documents the limits), whose sums could overflow.
    /// </summary>
    private static void CheckEvaluable(CandidateProfile profile, DateOnly asOf)
    {
        if (profile.DateOfBirth is { } born && asOf < born)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The evaluation date {asOf:yyyy-MM-dd} is before the date of birth {born:yyyy-MM-dd}; evaluate on or after the date of birth."),
                nameof(asOf));
        }

        if (ProfileLimits.FirstOverlongList(profile) is { } list)
        {
            throw new ArgumentOutOfRangeException(
                nameof(profile),
                string.Create(CultureInfo.InvariantCulture, $"The profile's {list} list holds more than {CandidateProfile.MaxEntries:N0} entries, the most a profile may hold in one list."));
        }

        if (!ProfileLimits.SumsAreBounded(profile))
        {
            var problem = ProfileRules.Validate(profile, asOf).FirstOrDefault(p => p.Message.Contains("is outside", StringComparison.Ordinal));
            throw new ArgumentOutOfRangeException(
                nameof(profile),
                (problem is null ? "A number of the profile" : problem.Path) + " is outside the range the profile format allows; see CandidateProfile for the limits.");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(Options.TimeProvider.GetLocalNow().DateTime);
}
