using Microsoft.Kiota.Abstractions;
using RobotPlan.Api.Client.Models;
using Uscc = RobotPlan.Enterprises.Uscc;

namespace RobotPlan.Api.Client.Tests;

/// <summary>
/// Issue #15 item 5, through the generated client only: an integrator's first steps and the error cases a client must
/// be able to read (400 with field errors, 404, 409, 422 with its code), on the lane's database.
/// </summary>
public sealed class ClientErrors_Tests(ApiClientHost host) : IClassFixture<ApiClientHost>
{
    [Fact]
    public async Task Should_Register_An_Enterprise_And_Add_A_Product_When_Driven_By_The_Client()
    {
        var anonymous = host.Anonymous();
        var district = (await anonymous.Api.Public.ReferenceData.Jurisdictions.GetAsync())!.Single(j => j.Code == "500112");
        var userName = "client" + Guid.NewGuid().ToString("N")[..8];

        var registered = await anonymous.Api.Public.Account.RegisterEnterprise.PostAsync(NewEnterprise(userName, district.Id!.Value));
        // Verify the enterprise (issue #14, enterprise verification): its district reviewer's verification goes here once
        // that endpoint is in the contract.
        var enterprise = await host.SignInAsync(userName, "Client#2025pass");
        var product = await enterprise.Api.App.Products.PostAsync(new CreateProductDto { Name = "客户端焊接机器人", Model = "CL-1", CategoryCode = "IR-WELD" });
        var read = await enterprise.Api.App.Products[product!.Id!.Value].GetAsync();

        registered!.EnterpriseId.ShouldNotBeNull();
        read!.Model.ShouldBe("CL-1");
        read.EnterpriseId.ShouldBe(registered.EnterpriseId);
    }

    [Fact]
    public async Task Should_Read_400_With_Field_Errors()
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
        var district = (await anonymous.Api.Public.ReferenceData.Jurisdictions.GetAsync())!.Single(j => j.Code == "500112");
        var body = NewEnterprise("dup" + Guid.NewGuid().ToString("N")[..8], district.Id!.Value);
        body.Uscc = RobotPlanTestData.EnterpriseAUscc;

        var error = await Should.ThrowAsync<ProblemDetails>(() => anonymous.Api.Public.Account.RegisterEnterprise.PostAsync(body));

        error.ResponseStatusCode.ShouldBe(409);
        error.Code.ShouldBe("RobotPlan:Enterprise.DuplicateUscc");
        error.Errors!.AdditionalData.Keys.ShouldContain("uscc");
    }

    [Fact]
    public async Task Should_Read_422_With_Its_Code_When_A_Rule_Refuses()
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

    internal static RegisterEnterpriseDto NewEnterprise(string userName, Guid jurisdictionId) => new()
    {
        UserName = userName, Password = "Client#2025pass", DisplayName = "客户端测试",
        Uscc = Uscc.WithCheckCharacter("91500112MA" + Random.Shared.Next(1_000_000, 9_999_999)),
        LegalName = "重庆客户端测试有限公司 " + userName, Address = "重庆市渝北区", JurisdictionId = jurisdictionId,
        Contact = new ContactDto { Name = "测试", Phone = "023-60000000", Email = userName + "@example.cn" },
    };
}
