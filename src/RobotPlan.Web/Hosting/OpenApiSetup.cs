using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RobotPlan.Conventions;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// /openapi/v1.json tells the truth (issue #15, ADR 0008): responses come from <see cref="ApiResponsesConventionAttribute"/>;
/// these transformers add what the framework does not know — stable operation ids, the bearer scheme and which
/// operations need it, camelCase query names, files as binary, error bodies under one ProblemDetails schema, and one
/// naming of paged lists. The snapshot in etc/openapi/ is compared with it by a test.
/// </summary>
public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddRobotPlanOpenApi(this IServiceCollection services)
    {
        // The document's schemas use these options (not MVC's): enums as their names, as the API reads and writes them.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddOpenApi(o =>
        {
            o.CreateSchemaReferenceId = SchemaId;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "RobotPlan API";
                document.Info.Version = "v1";
                document.Info.Description = "重庆市机器人产业 目录与资金管理 — sign in with POST /api/account/token, then send 'Authorization: Bearer <accessToken>'. "
                    + "Errors are application/problem+json with a stable `code` (ADR 0008).";
                document.Servers = [];
                // The API only: aliases for feed readers (/announcements/feed.atom) are the same operation under another path.
                foreach (var path in document.Paths.Keys.Where(p => !p.StartsWith("/api/", StringComparison.Ordinal)).ToList())
                    document.Paths.Remove(path);
                document.Components ??= new OpenApiComponents();
                // Files are typed as binary per media type below; the Stream type behind them is no schema of its own.
                document.Components.Schemas?.Remove(nameof(Stream));
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer",
                    Description = "The accessToken of POST /api/account/token (ADR 0005).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var description = context.Description;
                if (description.ActionDescriptor is ControllerActionDescriptor action)
                {
                    var name = action.ActionName.Replace("Async", "");
                    operation.OperationId = $"{action.ControllerName}_{name}";
                    operation.Summary ??= $"{Words(name)} ({Words(action.ControllerName).ToLowerInvariant()})";
                }
                if (NeedsSignIn(description.ActionDescriptor.EndpointMetadata))
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
                    parameter.Name = ProblemFields.JsonPath(parameter.Name!);
                // MVC lists text/plain, text/json and application/*+json beside application/json; clients need the one they get.
                JsonOnly(operation.RequestBody?.Content);
                foreach (var form in operation.RequestBody?.Content?.Where(c => c.Key == "multipart/form-data").Select(c => c.Value) ?? [])
                    if (form is OpenApiMediaType { Schema: OpenApiSchema { AllOf.Count: > 0 } schema }) FlattenForm(schema);
                foreach (var response in operation.Responses?.Values.ToList() ?? []) JsonOnly(response.Content);
                foreach (var response in operation.Responses?.Values.ToList() ?? [])
                foreach (var media in response.Content?.Where(c => !c.Key.Contains("json")).Select(c => c.Value).ToList() ?? [])
                    if (media is OpenApiMediaType file) file.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>"GetList" → "Get list": a summary for operations whose action says what it does.</summary>
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>Where application/json is offered, the other JSON spellings and text/plain go: clients need the one they get.</summary>
    private static void JsonOnly<TMedia>(IDictionary<string, TMedia>? content)
    {
        if (content is null || !content.ContainsKey(JsonMediaType)) return;
        foreach (var other in content.Keys.Where(k => k != JsonMediaType).ToList()) content.Remove(other);
    }

    private const string JsonMediaType = "application/json";

    /// <summary>
    /// An upload's form is one object of parts (the DTO's fields and the file), not an allOf of the DTO and the file as
    /// the framework writes it: a generator then sees the parts (Kiota makes it a MultipartBody) and a reader sees one form.
    /// </summary>
    private static void FlattenForm(OpenApiSchema form)
    {
        form.Properties ??= new Dictionary<string, IOpenApiSchema>();
        form.Required ??= new HashSet<string>();
        foreach (var part in form.AllOf!.OfType<OpenApiSchema>())
        {
            foreach (var (name, property) in part.Properties ?? new Dictionary<string, IOpenApiSchema>()) form.Properties[name] = property;
            foreach (var name in part.Required ?? new HashSet<string>()) form.Required.Add(name);
        }
        form.AllOf = null;
    }

    private static bool NeedsSignIn(IList<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

    /// <summary>Error bodies are "ProblemDetails"; every PagedResultDto&lt;T&gt; is "PagedResultOf{T}", one shape { totalCount, items }.</summary>
    private static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        if (type.Type == typeof(ApiProblem)) return "ProblemDetails";
        if (type.Type.IsGenericType && type.Type.GetGenericTypeDefinition() == typeof(RobotPlan.Dtos.PagedResultDto<>))
            return "PagedResultOf" + type.Type.GetGenericArguments()[0].Name;
        return OpenApiOptions.CreateDefaultSchemaReferenceId(type);
    }
}
