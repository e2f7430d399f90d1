using Microsoft.Kiota.Abstractions;
using RobotPlan.Api.Client.Models;

namespace RobotPlan.Api.Client.Tests;

/// <summary>
/// Issue #15 item 5, through the generated client only: the error answers a client must be able to read (400 with field
/// errors, 404, 409, 422 with its code) arrive as the typed ProblemDetails of the contract, on the lane's database.
/// </summary>
public sealed class ClientErrors_Tests(ApiClientHost host) : IClassFixture<ApiClientHost>
{
    [Fact]
    public async Task Should_Read_400_With_Field_Errors_When_A_Field_Is_Too_Long()
    {
        var enterprise = await host.SignInAsync(RobotPlanTestData.EnterpriseAUser);

        var error = await Should.ThrowAsync<ProblemDetails>(() =>
            enterprise.Api.App.Products.PostAsync(new CreateProductDto { Name = new string('长', 300), Model = "CL-400", CategoryCode = "IR-WELD" }));

        error.ResponseStatusCode.ShouldBe(400);
        error.Code.ShouldBe("RobotPlan:ValidationFailed");
        error.Errors!.AdditionalData.Keys.ShouldContain("name");
    }

    [Fact]
    public async Task Should_Read_404_When_The_Record_Does_Not_Exist()
    {
        var reviewer = await host.SignInAsync(RobotPlanTestData.MunicipalReviewer);

        var error = await Should.ThrowAsync<ProblemDetails>(() => reviewer.Api.App.Products[Guid.NewGuid()].GetAsync());

        error.ResponseStatusCode.ShouldBe(404);
        error.Code.ShouldBe("RobotPlan:EntityNotFound");
    }

    [Fact]
    public async Task Should_Read_409_When_The_Uscc_Is_Already_Registered()
    {
        var anonymous = host.Anonymous();
        var district = (await anonymous.Api.Public.ReferenceData.Jurisdictions.GetAsync())!.Single(j => j.Code == NewEnterprises.YubeiCode);
        var body = NewEnterprises.Registration("dup" + Guid.NewGuid().ToString("N")[..8], district.Id!.Value);
        body.Uscc = RobotPlanTestData.EnterpriseAUscc;

        var error = await Should.ThrowAsync<ProblemDetails>(() => anonymous.Api.Public.Account.RegisterEnterprise.PostAsync(body));

        error.ResponseStatusCode.ShouldBe(409);
        error.Code.ShouldBe("RobotPlan:Enterprise.DuplicateUscc");
        error.Errors!.AdditionalData.Keys.ShouldContain("uscc");
    }

    [Fact]
    public async Task Should_Read_422_With_Its_Code_When_A_Rule_Refuses_A_Well_Formed_Request()
    {
        var error = await Should.ThrowAsync<ProblemDetails>(() => host.Anonymous().Api.Public.Calendar.NoticeEnd.GetAsync(r =>
        {
            r.QueryParameters.Start = new Date(2099, 12, 28);
            r.QueryParameters.WorkingDays = 5;
        }));

        error.ResponseStatusCode.ShouldBe(422);
        error.Code.ShouldBe("RobotPlan:Calendar.YearMissing");
        error.Title.ShouldNotBeNullOrWhiteSpace();
    }
}
