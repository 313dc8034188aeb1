// Smoke test of the packed IceCareers package: loads the embedded catalog, reads a profile from YAML, evaluates it,
// serialises the report with the source-generated JSON context, and exits non-zero on any surprise. The same code
// runs under the JIT (dotnet run) and as a Native AOT binary (dotnet publish -p:PublishAot=true).
// Two extra modes time a cold start with hyperfine (tests/IceCareers.Benchmarks/run-coldstart.sh): "cold" loads the
// catalog and evaluates one profile, "empty" does nothing, so the difference is what IceCareers costs at start-up.
using System.Reflection;
using System.Text.Json;
using IceCareers;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Serialization;

if (args is ["empty"])
{
    Console.WriteLine("empty");
    return 0;
}

if (args is ["cold", ..])
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var coldCatalog = CareerCatalog.Default;
    var loaded = clock.Elapsed;
    var coldEvaluator = new EligibilityEvaluator(coldCatalog);
    var prepared = clock.Elapsed;
    var first = coldEvaluator.Evaluate(
        new CandidateProfile
        {
            DateOfBirth = new DateOnly(1996, 4, 12),
            Sex = Sex.Male,
            Citizenship = Citizenship.UsCitizen,
            SelectiveService = SelectiveServiceStatus.Registered,
            DriversLicense = true,
            Education = [new Education { Level = EducationLevel.Bachelors, Completed = new DateOnly(2018, 5, 20) }],
            Experience = [new Experience { Months = 30, Specialized = true, Grade = 7 }],
            History = new History { Convictions = [], DrugUse = [] },
        },
        "deportation-officer",
        new DateOnly(2026, 1, 15));
    var evaluated = clock.Elapsed;
    Console.WriteLine(first.Outcome);
    if (args is [_, "--phases"])
    {
        Console.WriteLine(FormattableString.Invariant(
            $"catalog load {loaded.TotalMilliseconds:F1} ms, new evaluator {(prepared - loaded).TotalMilliseconds:F1} ms, first Evaluate {(evaluated - prepared).TotalMilliseconds:F1} ms, total {evaluated.TotalMilliseconds:F1} ms"));
    }

    return first.Outcome == Outcome.Eligible ? 0 : 1;
}

var failures = new List<string>();
void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

try
{
    // 1. The package under test, not some other copy.
    var expected = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PackageUnderTestVersion").Value;
    var actual = typeof(CareerCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
    Expect(actual == expected || actual.StartsWith(expected + "+", StringComparison.Ordinal),
        $"IceCareers assembly version is '{actual}', expected the package under test {expected}");

    // 2. The embedded catalog.
    var catalog = CareerCatalog.Default;
    Console.WriteLine(catalog);
    Expect(catalog.Roles.Count == 9, $"expected the 9 roles of the contract, found {catalog.Roles.Count}");
    Expect(catalog.TryGetRole("deportation-officer", out _), "role deportation-officer is missing");

    // 3. A profile read from YAML (the YAML reader's static context under AOT) and one built in code.
    var asOf = new DateOnly(2026, 1, 15);
    var profile = CandidateProfile.FromYaml(
        """
        dateOfBirth: 1996-04-12
        sex: male
        citizenship: us-citizen
        selectiveService: registered
        driversLicense: true
        education:
          - level: bachelors
            field: Criminal Justice
            completed: 2018-05-20
            gpa: 3.2
        experience:
          - title: Police Officer
            months: 30
            specialized: true
            grade: 7
        military: { veteran: false }
        priorFederalLawEnforcement: false
        history: { convictions: [], drugUse: [] }
        languages:
          - language: Spanish
            proficiency: professional
        fitness: { sitUps: 35, pushUps: 25, sprint220YardsSeconds: 44.1, run1_5MileSeconds: 812 }
        """);
    var evaluator = new EligibilityEvaluator(catalog, new EligibilityOptions { Policy = ScreeningPolicy.Strict });
    var report = evaluator.Evaluate(profile, "deportation-officer", asOf);
    Console.WriteLine(report);
    foreach (var result in report.Results)
    {
        Console.WriteLine($"  {result.Verdict,-13} {result.RequirementId}");
    }

    Expect(report.Outcome == Outcome.Eligible, $"the clean profile came out {report.Outcome} for deportation-officer, expected Eligible");
    Expect(report.Results.Count > 0, "the report has no requirement results");
    Expect(report.HighestQualifyingGrade is not null, "the clean profile qualifies for no grade");

    var withFelony = new CandidateProfile
    {
        DateOfBirth = profile.DateOfBirth,
        Citizenship = Citizenship.UsCitizen,
        History = new History { Convictions = [new Conviction { Category = ConvictionCategory.Felony }], DrugUse = [] },
    };
    var barred = evaluator.Evaluate(withFelony, "deportation-officer", asOf);
    Console.WriteLine(barred);
    Expect(barred.Outcome == Outcome.Ineligible, $"a felony under the strict policy came out {barred.Outcome}, expected Ineligible");

    var all = evaluator.EvaluateAll(profile, asOf);
    Expect(all.Count == catalog.Roles.Count, $"EvaluateAll returned {all.Count} reports for {catalog.Roles.Count} roles");

    // 4. JSON through the source-generated context, and back.
    var json = JsonSerializer.Serialize(report, IceCareersJsonContext.Default.EligibilityReport);
    var back = JsonSerializer.Deserialize(json, IceCareersJsonContext.Default.EligibilityReport);
    Expect(back is not null && back.Outcome == report.Outcome && back.Results.Count == report.Results.Count, "the report did not survive a JSON round trip");
    Expect(CandidateProfile.FromJson(profile.ToJson()).Citizenship == Citizenship.UsCitizen, "the profile did not survive a JSON round trip");
}
catch (Exception e)
{
    failures.Add("unexpected exception: " + e);
}

if (failures.Count > 0)
{
    foreach (var failure in failures)
    {
        Console.Error.WriteLine("SMOKE FAILURE: " + failure);
    }

    return 1;
}

Console.WriteLine($"smoke ok: IceCareers {typeof(CareerCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
return 0;
