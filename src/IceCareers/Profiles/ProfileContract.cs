namespace IceCareers.Profiles;

/// <summary>
/// The profile document's contract, written out: every object, its keys and the model each becomes. The shapes are
/// generated from the model and the source-generated JSON contract (<c>ProfileContract.g.cs</c>, written by
/// <see cref="ProfileContractGenerator"/> through <c>eng/update-profile-contract.sh</c>; a test fails while the committed
/// file differs from a fresh generation). They are plain C#, not built at run time, so that reading a profile does not
/// build System.Text.Json's metadata — which compiled about 1,200 methods at start-up, most of a cold
/// <c>CandidateProfile.FromYaml</c>. This half holds what is not generated.
/// </summary>
internal static partial class ProfileContract
{
    /// <summary>
    /// Whether JSON keys match regardless of case (the web defaults of the JSON contract, which the web API and
    /// <c>CandidateProfile.FromJson</c> have always followed); YAML keys match exactly.
    /// </summary>
    public const bool JsonKeysIgnoreCase = true;

    /// <summary>
    /// A typed list of the entries read, an entry the document left empty (<c>null</c>) kept as <see langword="null"/>
    /// so that <see cref="Candidates.CandidateProfile.Validate"/> reports it with its index.
    /// </summary>
    private static object ListOf<T>(List<object?> items)
        where T : class
    {
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            list.Add((T)item!);
        }

        return list;
    }
}
