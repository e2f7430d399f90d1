using System.Text.Json;
using System.Text.Json.Nodes;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Api;

/// <summary>
/// Issue #15: the served /openapi/v1.json tells the truth, and equals the committed snapshot etc/openapi/robotplan.v1.json,
/// so an API change is a visible diff in review. etc/scripts/openapi.sh rewrites the snapshot (ROBOTPLAN_OPENAPI_WRITE=1
/// makes this test write it) and regenerates the client from it.
/// </summary>
public sealed class OpenApiDocument_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    public static readonly string SnapshotPath = Path.Combine(RepositoryRoot(), "etc", "openapi", "robotplan.v1.json");

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Should_Equal_The_Committed_Snapshot()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable("ROBOTPLAN_OPENAPI_WRITE") == "1") await File.WriteAllTextAsync(SnapshotPath, served);

        var committed = File.Exists(SnapshotPath) ? (await File.ReadAllTextAsync(SnapshotPath)).ReplaceLineEndings("\n") : "(no snapshot)";
        served.ShouldBe(committed, "the API changed: run etc/scripts/openapi.sh and commit the snapshot and the client");
    }

    [Fact]
    public async Task Should_Document_Success_Errors_Security_And_Ids_Of_Every_Operation()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var operations = Operations(document).ToList();
        var problems = new List<string>();
        foreach (var (name, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (success.Count == 0) problems.Add($"{name}: no success response");
            if (success.Any(r => r.Key != "204" && r.Value!["content"] is null)) problems.Add($"{name}: a success without a schema");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                if (response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/ProblemDetails")
                    problems.Add($"{name} {status}: not a ProblemDetails under application/problem+json");
            if (operation["security"] is not null && !responses.ContainsKey("401")) problems.Add($"{name}: needs a token but documents no 401");
        }

        problems.ShouldBeEmpty();
        operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ShouldAllBe(id => !string.IsNullOrEmpty(id));
        operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).ShouldBeUnique();
        document["paths"]!.AsObject().Select(p => p.Key).ShouldAllBe(path => path.StartsWith("/api/") && !path.Contains("sandbox"));
        var problem = document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!.AsObject();
        problem.Select(p => p.Key).ShouldContain("code");
        problem.Select(p => p.Key).ShouldContain("errors");
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
    }

    [Fact]
    public async Task Should_Type_Downloads_As_Binary_And_Enums_As_Strings()
    {
        var document = JsonNode.Parse(await ServedAsync())!;

        var report = document["paths"]!["/api/app/test-reports/{id}/file"]!["get"]!["responses"]!["200"]!["content"]!["application/pdf"]!["schema"]!;
        report["format"]!.GetValue<string>().ShouldBe("binary");
        var status = document["components"]!["schemas"]!["CatalogApplicationStatus"]!;
        status["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("Submitted");
        var programs = document["paths"]!["/api/app/subsidy-programs"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        programs["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/PagedResultOfSubsidyProgramDto");
    }

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where Methods.Contains(method.Key)
        select ($"{method.Key.ToUpperInvariant()} {path.Key}", method.Value!.AsObject());

    private async Task<string> ServedAsync()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        // Indented with a final newline, so the snapshot diffs line by line.
        return JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RobotPlan.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("RobotPlan.sln not found above " + AppContext.BaseDirectory);
    }
}
