using IceCareers;

var catalog = CareerCatalog.Default;
var role = catalog.GetRole(args.Length > 0 ? args[0] : "hsi-special-agent");

Console.WriteLine($"{role.Title} — series {role.Series.Code}, grades {role.Grades} (data {catalog.Version}, as of {catalog.AsOf:yyyy-MM-dd})");
foreach (var requirement in catalog.GetRequirements(role))
{
    var sources = requirement.Sources.Select(catalog.GetSource);
    Console.WriteLine($"  {requirement.Category,-22} {requirement.Title} [{string.Join(", ", sources.Select(s => $"{s.Id} ({s.Confidence})"))}]");
}
