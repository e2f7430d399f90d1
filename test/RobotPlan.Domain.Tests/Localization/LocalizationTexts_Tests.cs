using System.Globalization;
using System.Reflection;
using RobotPlan.Errors;
using RobotPlan.Localization;

namespace RobotPlan.Domain.Tests.Localization;

public sealed class LocalizationTexts_Tests
{
    private static readonly JsonLocalizationStore Store = new();

    private static HashSet<string> Keys(string culture) =>
        Store.All(CultureInfo.GetCultureInfo(culture)).Select(t => t.Key).ToHashSet();

    [Fact]
    public void Should_Define_Every_Text_In_Both_Cultures()
    {
        var chinese = Keys("zh-Hans");
        var english = Keys("en");
        chinese.Except(english).Order().ShouldBeEmpty("these texts have no English version");
        english.Except(chinese).Order().ShouldBeEmpty("these texts have no Chinese version");
    }

    [Fact]
    public void Should_Have_A_Text_For_Every_Error_Code()
    {
        var codes = typeof(RobotPlanErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        var chinese = Keys("zh-Hans");
        codes.Where(c => !chinese.Contains(c)).Order().ShouldBeEmpty("these error codes have no text");
    }

    [Fact]
    public void Should_Fall_Back_To_Chinese_When_Culture_Is_Unsupported() =>
        Store.Find("App:Name", CultureInfo.GetCultureInfo("fr")).ShouldBe(Store.Find("App:Name", CultureInfo.GetCultureInfo("zh-Hans")));

    [Fact]
    public void Should_Find_English_Text_For_Regional_English() =>
        Store.Find("Account:Login", CultureInfo.GetCultureInfo("en-GB")).ShouldBe("Sign in");
}
