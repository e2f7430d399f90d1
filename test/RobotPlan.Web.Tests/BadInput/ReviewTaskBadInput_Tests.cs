using System.Net;
using System.Text.Json;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the inbox (issue #19): a filter that can never match a value is a 400 naming it, not an empty list.</summary>
public sealed class ReviewTaskBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string District = RobotPlanTestData.DistrictReviewerOfA;
    private const string Tasks = "/api/app/tasks";

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("unknown kind", "GET", Tasks + "?kind=Letter", District, "", "kind"),
        new("kind out of range", "GET", Tasks + "?kind=9", District, "", "kind"),
        new("unknown step", "GET", Tasks + "?step=Mayor", District, "", "step"),
        new("unknown urgency", "GET", Tasks + "?urgency=Yesterday", District, "", "urgency"),
        new("unknown sort", "GET", Tasks + "?sort=Random", District, "", "sort"),
        new("descending not a bool", "GET", Tasks + "?descending=maybe", District, "", "descending"),
        new("malformed batch or programme id", "GET", Tasks + "?containerId=batch-1", District, "", "containerId"),
        new("malformed district id", "GET", Tasks + "?districtId=42", District, "", "districtId"),
        new("search too long", "GET", Tasks + "?search=" + new string('搜', 101), District, "", "search"),
        new("page too large", "GET", Tasks + "?maxResultCount=201", District, "", "maxResultCount"),
        new("negative skip", "GET", Tasks + "?skipCount=-1", District, "", "skipCount"),
        new("export with an unknown kind", "GET", Tasks + "/export?kind=Letter", District, "", "kind"),
    ];

    private const string Approve = Tasks + "/approve";
    private const string OneItem = """{ "kind": "CatalogFile", "fileId": "00000000-0000-0000-0000-000000000001", "step": "District" }""";

    public static TheoryData<BadInputCase> ApproveCases() =>
    [
        new("approve not JSON", "POST", Approve, District, "{ nope", "$"),
        new("approve without items", "POST", Approve, District, """{ "comment": "同意" }""", "items"),
        new("approve no files", "POST", Approve, District, """{ "items": [] }""", "items"),
        new("approve too many files", "POST", Approve, District,
            $$"""{ "items": [{{string.Join(",", Enumerable.Repeat(OneItem, 101))}}] }""", "items"),
        new("approve unknown kind", "POST", Approve, District, """{ "items": [{ "kind": "Letter", "fileId": "00000000-0000-0000-0000-000000000001", "step": "District" }] }""", "items[0].kind"),
        new("approve without file id", "POST", Approve, District, """{ "items": [{ "kind": "CatalogFile", "step": "District" }] }""", "items[0].fileId"),
        new("approve without step", "POST", Approve, District, """{ "items": [{ "kind": "CatalogFile", "fileId": "00000000-0000-0000-0000-000000000001" }] }""", "items[0].step"),
        new("approve comment too long", "POST", Approve, District, $$"""{ "items": [{{OneItem}}], "comment": "{{new string('意', 1001)}}" }""", "comment"),
    ];

    [Theory]
    [MemberData(nameof(ApproveCases))]
    public async Task Should_Answer_400_Naming_The_Field_When_A_Bulk_Approval_Is_Malformed(BadInputCase bad)
    {
        var client = await factory.ClientForAsync(bad.User);

        var response = await client.PostAsync(bad.Url, bad.Content);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)
            || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field(BadInputCase bad)
    {
        var client = await factory.ClientForAsync(bad.User);

        var response = await client.GetAsync(bad.Url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase), $"errors: {errors}");
    }
}
