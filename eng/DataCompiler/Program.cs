using IceCareers;

using IceCareers.Compiled;

// Usage: IceCareers.DataCompiler OUTPUT [--check]
// Loads the YAML of the data folder (data/, or $ICECAREERS_DATA) with every check LoadDirectory makes, and writes the
// compiled form to OUTPUT.
// With --check nothing is written: the exit code is 1 when OUTPUT differs from what would be written.
//    or: IceCareers.DataCompiler --schemas DIR
// Writes the JSON Schemas of the profile and the report (generated from the JSON contract) into DIR.
//    or: IceCareers.DataCompiler --profile-contract FILE
// Writes the profile readers' contract (ProfileContract.g.cs, generated from the model and the JSON contract) to FILE.
//    or: IceCareers.DataCompiler --freeze DIR YYYY-MM-DD
// Writes DIR/catalog-v<format>-<date>.bin (the compiled form, as today's writer writes it) and .json (the catalog loaded
// from today's YAML, as JSON): the frozen pair the tests read to prove the reader still reads an older file. Run once
// per format version, when a format is first frozen (see the rules at the top of CompiledCatalog.cs); it never
// overwrites a frozen file.
if (args is ["--schemas", var schemaDirectory])
{
    Directory.CreateDirectory(schemaDirectory);
    foreach (var (fileName, json) in IceCareers.Serialization.JsonSchemaGenerator.All())
    {
        File.WriteAllText(Path.Combine(schemaDirectory, fileName), json);
        Console.WriteLine($"wrote {Path.Combine(schemaDirectory, fileName)} ({json.Length:N0} characters)");
    }

    return 0;
}

if (args is ["--profile-contract", var contractFile])
{
    var code = IceCareers.Profiles.ProfileContractGenerator.Generate(IceCareers.Serialization.ProfileJsonContext.Default.Options);
    File.WriteAllText(contractFile, code);
    Console.WriteLine($"wrote {contractFile} ({code.Length:N0} characters)");
    return 0;
}

string? freezeDirectory = null;
var freezeDate = default(DateOnly);
if (args is ["--freeze", var directory, var dateText])
{
    if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out freezeDate))
    {
        Console.Error.WriteLine($"--freeze: '{dateText}' is not a date (YYYY-MM-DD)");
        return 2;
    }

    freezeDirectory = directory;
}
else if (args.Length is < 1 or > 2 || args[0].StartsWith("--", StringComparison.Ordinal) || (args.Length == 2 && args[1] != "--check"))
{
    Console.Error.WriteLine("usage: IceCareers.DataCompiler OUTPUT [--check] | --schemas DIR | --profile-contract FILE | --freeze DIR YYYY-MM-DD");
    return 2;
}

// The YAML is read from the data folder (the package's data/, the source of truth), with every check LoadDirectory makes.
var dataDirectory = Environment.GetEnvironmentVariable("ICECAREERS_DATA") is { Length: > 0 } fromEnvironment ? fromEnvironment : "data";
CareerCatalog catalog;
try
{
    catalog = CareerCatalog.LoadDirectory(dataDirectory);
}
catch (CatalogLoadException e)
{
    foreach (var problem in e.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

using var compiled = new MemoryStream();
CompiledCatalogWriter.Write(catalog.Content, compiled);
var bytes = compiled.ToArray();
if (freezeDirectory is not null)
{
    var stem = Path.Combine(freezeDirectory, $"catalog-v{CompiledCatalog.FormatVersion}-{freezeDate:yyyy-MM-dd}");
    if (File.Exists(stem + ".bin") || File.Exists(stem + ".json"))
    {
        Console.Error.WriteLine($"{stem}.bin or .json exists: a frozen file is never regenerated.");
        return 1;
    }

    Directory.CreateDirectory(freezeDirectory);
    File.WriteAllBytes(stem + ".bin", bytes);
    File.WriteAllText(stem + ".json", System.Text.Json.JsonSerializer.Serialize(catalog, IceCareers.Serialization.IceCareersJsonContext.Default.CareerCatalog) + "\n");
    Console.WriteLine($"froze {stem}.bin ({bytes.Length:N0} bytes) and {stem}.json, data {catalog.Version}, format {CompiledCatalog.FormatVersion}.");
    return 0;
}

var output = args[0];
var current = File.Exists(output) ? File.ReadAllBytes(output) : [];
if (args.Length == 2)
{
    if (current.AsSpan().SequenceEqual(bytes))
    {
        Console.WriteLine($"{output} is up to date ({bytes.Length:N0} bytes, data {catalog.Version}).");
        return 0;
    }

    Console.Error.WriteLine($"{output} is stale: run eng/compile-data.sh and commit the result.");
    return 1;
}

File.WriteAllBytes(output, bytes);
Console.WriteLine($"wrote {output}: {bytes.Length:N0} bytes, data {catalog.Version}, {catalog.Sources.Count} sources, {catalog.Roles.Count} roles.");
return 0;
