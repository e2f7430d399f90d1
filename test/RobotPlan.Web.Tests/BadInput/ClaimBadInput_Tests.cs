using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.SubsidyClaims;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the claim endpoints: malformed input is a 400 naming the field, never a 500, and writes nothing.</summary>
public sealed class ClaimBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Claims = "/api/app/subsidy-claims";
    private const string A = RobotPlanTestData.EnterpriseAUser;
    private const string B = RobotPlanTestData.EnterpriseBUser;
    private static readonly string NoClaim = $"{Claims}/{Guid.Empty}";
    private static readonly string Empty = Guid.Empty.ToString();

    private static string Reward(string purchaseOverrides)
    {
        var purchase = JsonSerializer.SerializeToNode(new
        {
            productId = Guid.Empty, serialNumber = "SN-1", contractNumber = "HT-1", contractDate = "2025-02-01", deliveryDate = "2025-03-01",
            contractPrice = 1000m,
        })!.AsObject();
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(purchaseOverrides)!)
            purchase[key] = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText());
        return new System.Text.Json.Nodes.JsonObject { ["programId"] = Empty, ["purchase"] = purchase }.ToJsonString();
    }

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("compensation not JSON", "POST", Claims + "/compensation", A, "{ nope", "$"),
        new("evidence inline not a bool", "GET", $"{NoClaim}/evidence/{Empty}?inline=maybe", A, "", "inline"),
        new("compensation without policy", "POST", Claims + "/compensation", A, $$"""{ "programId": "{{Empty}}" }""", "policyId"),
        new("compensation programme not a guid", "POST", Claims + "/compensation", A, $$"""{ "programId": "x", "policyId": "{{Empty}}" }""", "programId"),
        new("reward without purchase", "POST", Claims + "/reward", B, $$"""{ "programId": "{{Empty}}", "purchase": null }""", "purchase"),
        new("reward negative price", "POST", Claims + "/reward", B, Reward("""{ "contractPrice": -1 }"""), "purchase.contractPrice"),
        new("reward price as text", "POST", Claims + "/reward", B, Reward("""{ "contractPrice": "cheap" }"""), "purchase.contractPrice"),
        new("reward impossible date", "POST", Claims + "/reward", B, Reward("""{ "deliveryDate": "2025-02-30" }"""), "purchase.deliveryDate"),
        new("reward missing serial", "POST", Claims + "/reward", B, Reward("""{ "serialNumber": "" }"""), "purchase.serialNumber"),
        new("reward huge contract number", "POST", Claims + "/reward", B, Reward($$"""{ "contractNumber": "{{new string('H', 500)}}" }"""),
            "purchase.contractNumber"),
        new("reward update without stamp", "PUT", NoClaim + "/reward", B, Reward("{}"), "concurrencyStamp"),
        new("list unknown status", "GET", Claims + "?status=Bogus", A, "", "status"),
        new("list paging beyond cap", "GET", Claims + "?maxResultCount=100000", A, "", "maxResultCount"),
        new("submit without stamp", "POST", NoClaim + "/submit", A, "{}", "concurrencyStamp"),
        new("withdraw stamp not a string", "POST", NoClaim + "/withdraw", A, """{ "concurrencyStamp": 5 }""", "concurrencyStamp"),
        new("district approve without stamp", "POST", NoClaim + "/district-approve", RobotPlanTestData.DistrictReviewerOfA, "{}", "concurrencyStamp"),
        new("municipal approve huge comment", "POST", NoClaim + "/municipal-approve", RobotPlanTestData.MunicipalReviewer,
            $$"""{ "concurrencyStamp": "x", "comment": "{{new string('意', 2000)}}" }""", "comment"),
        new("finance confirm not JSON", "POST", NoClaim + "/finance-confirm", RobotPlanTestData.FinanceOfficer, "{ nope", "$"),
        new("return without reason", "POST", NoClaim + "/return", RobotPlanTestData.MunicipalReviewer, """{ "concurrencyStamp": "x" }""", "reason"),
        new("reject blank reason", "POST", NoClaim + "/reject", RobotPlanTestData.MunicipalReviewer, """{ "concurrencyStamp": "x", "reason": "" }""", "reason"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        var response = await client.SendAsync(request);

        await ShouldNameAsync(response, bad.Field);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Bogus", true, "kind")]
    [InlineData("Invoice", false, "file")]
    public async Task A_Document_With_A_Bad_Kind_Or_Without_File_Is_Refused_And_Nothing_Is_Stored(string kind, bool withFile, string field)
    {
        var claim = await ClaimFiles.RewardDraftAsync(new MatrixContext(factory));
        var files = await factory.WithDbAsync(db => db.StoredFiles.CountAsync());
        var form = withFile ? Multipart.File(Multipart.Pdf, "发票.pdf") : new MultipartFormDataContent();
        form.Add(new StringContent(kind), "kind");

        var response = await (await factory.ClientForAsync(B)).PostAsync($"{Claims}/{claim.Id}/documents", form);

        await ShouldNameAsync(response, field);
        (await factory.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(files);
    }

    /// <summary>
    /// ADR 0008: a well-formed id that names no programme of the claim's kind is refused by a rule that reads the data,
    /// so 422 with its code (the field still named), not 400 like malformed input.
    /// </summary>
    [Fact]
    public async Task Should_Answer_422_Naming_The_Programme_When_No_Programme_Of_The_Kind_Has_That_Id()
    {
        var before = await CountAsync();

        var response = await (await factory.ClientForAsync(A)).PostAsync(Claims + "/compensation",
            new StringContent($$"""{ "programId": "{{Empty}}", "policyId": "{{Empty}}" }""", System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(RobotPlan.Errors.RobotPlanErrorCodes.ClaimProgramKindMismatch);
        problem.GetProperty("errors").TryGetProperty("programId", out _).ShouldBeTrue(text);
        (await CountAsync()).ShouldBe(before);
    }

    private static async Task ShouldNameAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase)
            || (field == "$" && name.StartsWith('$')), $"errors: {errors}");
    }

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<SubsidyClaim>().CountAsync());
}
