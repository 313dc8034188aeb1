using System.Text.Json;
using IceCareers.Candidates;

namespace IceCareers.Serialization;

/// <summary>
/// <c>profile.ToJson()</c>: the profile model knows no serializer (it sits below them), so writing it is declared here,
/// beside the JSON contract it writes.
/// </summary>
public static class CandidateProfileJsonExtensions
{
    extension(CandidateProfile profile)
    {
        /// <summary>Writes the profile as JSON in the document format (camelCase keys, kebab-case words, unknown fields left out).</summary>
        /// <returns>The JSON text, which <c>CandidateProfile.FromJson</c> reads back to an equal profile.</returns>
        public string ToJson() => JsonSerializer.Serialize(profile, IceCareersJsonContext.Default.CandidateProfile);
    }
}
