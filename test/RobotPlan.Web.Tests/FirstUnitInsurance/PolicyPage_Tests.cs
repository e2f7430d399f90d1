using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.FirstUnitInsurance;

/// <summary>The policy page registers a first-unit policy covering several insured units; empty unit rows are ignored.</summary>
public sealed class PolicyPage_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Posting_Two_Unit_Rows_Registers_One_Policy_With_Both_Units()
    {
        var product = await factory.WithDbAsync(db =>
            db.Products.Where(p => p.EnterpriseId == factory.Data.EnterpriseAId).Select(p => p.Id).FirstAsync());
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        var fields = PolicyFields("PICC-PAGE-MULTI");
        AddUnit(fields, 0, product, "SN-MULTI-1", 1_200_000m);
        AddUnit(fields, 2, product, "SN-MULTI-2", 800_000m); // row 2 with row 1 left empty: empty rows are skipped, not a gap
        fields["Input.Units[1].SerialNumber"] = "";

        using var response = await page.PostFormAsync("/FirstUnitInsurance/Policies", "/FirstUnitInsurance/Policies?handler=Register", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var policy = await factory.WithDbAsync(db => db.InsurancePolicies.AsNoTracking().SingleAsync(p => p.PolicyNumber == "PICC-PAGE-MULTI"));
        policy.Units.Select(u => (u.SerialNumber, u.UnitValue)).ShouldBe([("SN-MULTI-1", 1_200_000m), ("SN-MULTI-2", 800_000m)], ignoreOrder: true);
    }

    [Fact]
    public async Task An_Incomplete_Unit_Row_Is_Refused_Naming_Its_Row_And_Field_In_Chinese()
    {
        var product = await factory.WithDbAsync(db =>
            db.Products.Where(p => p.EnterpriseId == factory.Data.EnterpriseAId).Select(p => p.Id).FirstAsync());
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        var fields = PolicyFields("PICC-PAGE-HALF");
        AddUnit(fields, 0, product, "SN-HALF-1", 500_000m);
        fields["Input.Units[1].SerialNumber"] = "SN-HALF-2"; // the rest of row 2 missing

        using var response = await page.PostFormAsync("/FirstUnitInsurance/Policies", "/FirstUnitInsurance/Policies?handler=Register", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("第 2 台设备：用户名称 为必填项。");
        (await factory.WithDbAsync(db => db.InsurancePolicies.CountAsync(p => p.PolicyNumber == "PICC-PAGE-HALF"))).ShouldBe(0);
    }

    private static Dictionary<string, string> PolicyFields(string number) => new()
    {
        ["Input.Insurer"] = "中国人民财产保险股份有限公司重庆市分公司", ["Input.PolicyNumber"] = number,
        ["Input.PeriodStart"] = "2025-03-01", ["Input.PeriodEnd"] = "2026-02-28", ["Input.Premium"] = "30000",
        ["Input.SumInsured"] = "2000000", ["Input.LiabilityLimit"] = "2500000",
    };

    private static void AddUnit(Dictionary<string, string> fields, int row, Guid product, string serial, decimal value)
    {
        var p = $"Input.Units[{row}].";
        fields[p + "ProductId"] = product.ToString();
        fields[p + "SerialNumber"] = serial;
        fields[p + "BuyerUscc"] = RobotPlanTestData.EnterpriseBUscc;
        fields[p + "BuyerName"] = "重庆山城精密传动科技有限公司";
        fields[p + "ContractNumber"] = "HT-" + serial;
        fields[p + "DeliveryDate"] = "2025-03-01";
        fields[p + "UnitValue"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
