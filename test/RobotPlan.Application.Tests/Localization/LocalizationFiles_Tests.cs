using System.Globalization;
using RobotPlan.Errors;
using RobotPlan.Localization;

namespace RobotPlan.Application.Tests.Localization;

public sealed class LocalizationFiles_Tests
{
    private static readonly JsonLocalizationStore Store = new();

    private static HashSet<string> Keys(string culture) => Store.All(CultureInfo.GetCultureInfo(culture)).Select(t => t.Key).ToHashSet();

    [Fact]
    public void Should_Have_Every_Key_In_Both_Cultures()
    {
        var zh = Keys("zh-Hans");
        var en = Keys("en");
        zh.Except(en).Order().ShouldBeEmpty("texts missing in en");
        en.Except(zh).Order().ShouldBeEmpty("texts missing in zh-Hans");
    }

    [Fact]
    public void Should_Merge_Area_Files_With_Core()
    {
        // Core, Admin and Enterprises files of one culture form one text set.
        var en = Keys("en");
        en.ShouldContain("App:Name");
        en.ShouldContain("Admin:CreateUser");
        en.ShouldContain("Enterprises:BankAccount");
    }

    [Fact]
    public void Should_Have_A_Text_For_Every_Error_Code()
    {
        var codes = typeof(RobotPlanErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!);
        var zh = Keys("zh-Hans");
        codes.Where(c => !zh.Contains(c)).ShouldBeEmpty();
    }
}
