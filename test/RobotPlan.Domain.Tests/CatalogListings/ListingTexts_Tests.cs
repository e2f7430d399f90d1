using System.Globalization;
using System.Reflection;
using RobotPlan.CatalogListings;
using RobotPlan.Localization;

namespace RobotPlan.Domain.Tests.CatalogListings;

public sealed class ListingTexts_Tests
{
    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void Should_Have_A_Text_For_Every_Listing_Error_Code(string culture)
    {
        var keys = new JsonLocalizationStore().All(CultureInfo.GetCultureInfo(culture)).Select(t => t.Key).ToHashSet();
        typeof(CatalogListingErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => !keys.Contains(c)).ShouldBeEmpty();
    }
}
