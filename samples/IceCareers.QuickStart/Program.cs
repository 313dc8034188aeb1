using IceCareers;
using IceCareers.Candidates;
using IceCareers.Eligibility;

var catalog = CareerCatalog.Default;
var profile = CandidateProfile.FromYaml("""
    dateOfBirth: 1999-04-12
    citizenship: us-citizen
    driversLicense: true
    education: [{ level: bachelors, gpa: 3.4, completed: 2021-05-20 }]
    experience: []
    """);

var evaluator = new EligibilityEvaluator(catalog, new EligibilityOptions { Policy = ScreeningPolicy.Strict });
var report = evaluator.Evaluate(profile, args.Length > 0 ? args[0] : "hsi-special-agent", asOf: new DateOnly(2026, 1, 15));

Console.WriteLine($"{report.RoleTitle}: {report.Outcome} (highest grade {report.HighestQualifyingGrade?.ToString() ?? "none"}, data {report.DataVersion})");
foreach (var result in report.Results)
{
    var sources = result.Sources.Select(id => $"{id} ({catalog.GetSource(id).Confidence})");
    Console.WriteLine($"  {result.Verdict,-13} {result.Title}: {result.Reason} [{string.Join(", ", sources)}]");
}

Console.WriteLine($"Missing: {string.Join(", ", report.MissingInformation)}");
