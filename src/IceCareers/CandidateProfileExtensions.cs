using IceCareers.Candidates;
using IceCareers.Profiles;

namespace IceCareers;

/// <summary>
/// <c>CandidateProfile.FromYaml</c> and <c>FromJson</c>: the profile model knows no reader (it sits below them), so its
/// reading entry points are declared here, beside the catalog, and reach the profile reader
/// (<see cref="ProfileDocument"/>). In the root namespace they are found with the usual <c>using IceCareers;</c>.
/// </summary>
public static class CandidateProfileExtensions
{
    extension(CandidateProfile)
    {
        /// <summary>Reads a profile from YAML in the document format of the design.</summary>
        /// <param name="yaml">The YAML text (at most <see cref="CandidateProfile.MaxDocumentBytes"/> bytes; no anchors or aliases).</param>
        /// <param name="timeProvider">Gives "today" for the date-of-birth checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
        /// <returns>The profile.</returns>
        /// <exception cref="ProfileValidationException">The document is malformed or breaks a rule; every problem is listed.</exception>
        public static CandidateProfile FromYaml(string yaml, TimeProvider? timeProvider = null)
        {
            ArgumentNullException.ThrowIfNull(yaml);
            return ProfileReader.FromYaml(yaml, ProfileDocument.Today(timeProvider));
        }

        /// <summary>Reads a profile from JSON in the document format of the design (the form <c>ToJson</c> writes).</summary>
        /// <param name="json">The JSON text (at most <see cref="CandidateProfile.MaxDocumentBytes"/> bytes).</param>
        /// <param name="timeProvider">Gives "today" for the date-of-birth checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
        /// <returns>The profile.</returns>
        /// <exception cref="ProfileValidationException">The document is malformed or breaks a rule; every problem is listed.</exception>
        public static CandidateProfile FromJson(string json, TimeProvider? timeProvider = null)
        {
            ArgumentNullException.ThrowIfNull(json);
            return ProfileReader.FromJson(json, ProfileDocument.Today(timeProvider));
        }
    }
}
