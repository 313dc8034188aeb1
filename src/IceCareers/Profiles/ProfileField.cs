namespace IceCareers.Profiles;

/// <summary>One key of a profile mapping: its name in the document and what its value must be.</summary>
/// <param name="Name">The key as documents write it (camelCase).</param>
/// <param name="Kind">What the value holds.</param>
/// <param name="Words">For <see cref="FieldKind.Word"/>: the accepted words and the enum value of each.</param>
/// <param name="Shape">For <see cref="FieldKind.Object"/> and <see cref="FieldKind.List"/>: the object (or each entry's).</param>
/// <param name="None">
/// For <see cref="FieldKind.Object"/>: the value the word <c>none</c> stands for (<c>disability: none</c>), where the
/// document may state that the person has none; <see langword="null"/> where only an object is accepted.
/// </param>
internal sealed record ProfileField(string Name, FieldKind Kind, WordTable? Words = null, ProfileShape? Shape = null, object? None = null);
