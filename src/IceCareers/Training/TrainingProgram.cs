using IceCareers.Internal;
using IceCareers.Provenance;

namespace IceCareers.Training;

/// <summary>A training program such as FLETC's Criminal Investigator Training Program, with its dated length. Immutable.</summary>
public sealed class TrainingProgram
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The program's id, e.g. <c>hsi-citp</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The program's name.</summary>
    public required string Name { get; init; }

    /// <summary>Who runs it.</summary>
    public required string Provider { get; init; }

    /// <summary>Where it is held, where a source says.</summary>
    public string? Location { get; init; }

    /// <summary>A plain-English description.</summary>
    public string? Description { get; init; }

    /// <summary>The program's length, by the dates it applies to.</summary>
    public required Dated<TrainingLength> Length { get; init; }

    /// <summary>Whether the program is part of training for a given start date; <see langword="null"/> means always.</summary>
    public Dated<bool>? Required { get; init; }

    /// <summary>A way to skip the program by showing language proficiency, if any.</summary>
    public LanguageTestOut? TestOut { get; init; }

    /// <summary>What failing the program means.</summary>
    public required SourcedText Failure { get; init; }

    /// <summary>Ids of the sources for the program.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name}";
}
