using IceCareers;
using IceCareers.Data;
using IceCareers.Data.Compiled;

// Usage: IceCareers.DataCompiler OUTPUT [--check]
// Loads the YAML embedded in IceCareers (with every check the YAML loader makes) and writes the compiled form to OUTPUT.
// With --check nothing is written: the exit code is 1 when OUTPUT differs from what would be written.
//    or: IceCareers.DataCompiler --schemas DIR
// Writes the JSON Schemas of the profile and the report (generated from the JSON contract) into DIR.
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

if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--check"))
{
    Console.Error.WriteLine("usage: IceCareers.DataCompiler OUTPUT [--check] | --schemas DIR");
    return 2;
}

var assembly = typeof(CareerCatalog).Assembly;
var files = DataFile.FromAssembly(assembly);
CareerCatalog catalog;
try
{
    catalog = CatalogReader.Read(files);
}
catch (CatalogLoadException e)
{
    foreach (var error in e.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 1;
}

using var compiled = new MemoryStream();
CompiledCatalogWriter.Write(catalog, compiled);
var bytes = compiled.ToArray();
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
