using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Units;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the unit endpoints: malformed input is a 400 naming the field, never a 500, and writes nothing.</summary>
public sealed class UnitBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Units = "/api/app/units";
    private const string A = RobotPlanTestData.EnterpriseAUser;

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("register not JSON", "POST", Units, A, "{ nope", "$"),
        new("register product not a guid", "POST", Units, A, """{ "productId": "x", "serialNumber": "S" }""", "productId"),
        new("register missing serial", "POST", Units, A, $$"""{ "productId": "{{Guid.Empty}}" }""", "serialNumber"),
        new("register huge serial", "POST", Units, A, $$"""{ "productId": "{{Guid.Empty}}", "serialNumber": "{{new string('S', 100)}}" }""", "serialNumber"),
        new("register date not a date", "POST", Units, A, $$"""{ "productId": "{{Guid.Empty}}", "serialNumber": "S", "deliveryDate": "soon" }""", "deliveryDate"),
        new("list paging beyond cap", "GET", Units + "?maxResultCount=100000", A, "", "maxResultCount"),
        new("suspend without document", "POST", $"{Units}/{Guid.Empty}/incidents/{Guid.Empty}/suspend-listings", RobotPlanTestData.MunicipalReviewer,
            """{ "reason": "x", "documentDate": "2025-09-26" }""", "documentNumber"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };
        await AssertFieldErrorAsync(await client.SendAsync(request), bad.Field);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("", "Major", "坏", "occurredOn")]
    [InlineData("2025-09-20", "Catastrophic", "坏", "severity")]
    [InlineData("2025-09-20", "Major", "", "description")]
    [InlineData("2999-01-01", "Major", "未来的事故", "occurredOn")]
    public async Task Should_Answer_400_Naming_The_Incident_Field(string occurredOn, string severity, string description, string field)
    {
        var (unit, _) = await UnitExpectations.UnitAsync(new MatrixContext(factory));
        var before = await CountAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent(occurredOn), "occurredOn" }, { new StringContent(severity), "severity" }, { new StringContent(description), "description" },
        };
        var client = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        await AssertFieldErrorAsync(await client.PostAsync($"{Units}/{unit}/incidents", form), field);
        (await CountAsync()).ShouldBe(before);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase)
            || (field == "$" && name.StartsWith('$')), $"errors: {errors}");
    }

    private Task<(int, int)> CountAsync() =>
        factory.WithDbAsync(async db => (await db.Set<ProductUnit>().CountAsync(), await db.Set<QualityIncident>().CountAsync()));
}
