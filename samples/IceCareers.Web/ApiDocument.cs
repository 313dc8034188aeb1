using IceCareers.Candidates;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IceCareers.Web;

/// <summary>
/// The OpenAPI document of the web API (<c>/openapi/v1.json</c>, and <c>docs/openapi.json</c> at build time): its
/// description, and the profile's schema where requests carry it as raw JSON (the endpoints read it the library's
/// way, <c>CandidateProfile.FromJson</c>, so the request types hold it as a <c>JsonElement</c>).
/// </summary>
internal static class ApiDocument
{
    private static readonly HashSet<Type> ProfileWords =
    [
        typeof(Sex), typeof(Citizenship), typeof(SelectiveServiceStatus), typeof(EducationLevel),
        typeof(ConvictionCategory), typeof(LanguageProficiency),
    ];

    /// <summary>Sets up the document.</summary>
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "IceCareers web API",
                Version = "v1",
                Description =
                    "Careers at U.S. Immigration and Customs Enforcement: roles, hiring pipelines, training and sources " +
                    "from the IceCareers catalog, and an explainable eligibility check of a candidate profile. Not legal or " +
                    "hiring advice; ICE announcements on USAJOBS are what counts. Profiles are never stored or logged. " +
                    "Errors are RFC 9457 problem details; a 400 lists every problem with its field.",
            };
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer(async (schema, context, cancellationToken) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(IceCareers.Roles.PayGrade))
            {
                // Written by the library's converter as the plan and grade, e.g. "GL-7"; the exporter cannot see into it.
                schema.Type = JsonSchemaType.String;
                schema.Pattern = "^[A-Z]{2}-[0-9]{1,2}$";
                schema.Description = "A pay plan and grade, e.g. GL-7 or GS-12.";
            }
            else if (ProfileWords.Contains(type))
            {
                // The profile's enums are written as kebab-case words by the library's converters (us-citizen, bachelors …);
                // the words are listed in the profile's JSON Schema (docs/schema/profile.schema.json).
                schema.Type = JsonSchemaType.String;
                schema.Description = "A profile word in kebab-case; docs/schema/profile.schema.json lists the words.";
            }

            if ((type == typeof(EligibilityRequest) || type == typeof(EligibilityAllRequest)) && schema.Properties is { } properties)
            {
                properties["profile"] = await context.GetOrCreateSchemaAsync(typeof(CandidateProfile), null, cancellationToken);
            }
        });
    }
}
