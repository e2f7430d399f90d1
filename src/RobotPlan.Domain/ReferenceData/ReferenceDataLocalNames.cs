using RobotPlan.Localization;

namespace RobotPlan.ReferenceData;

/// <summary>
/// Reference data's names in the reader's UI culture, for what people read (pages, facets, exports, messages; issue #16
/// item 6). Official documents, open data and credit records read <c>Name</c>, the official Chinese name.
/// </summary>
public static class ReferenceDataLocalNames
{
    public static string LocalName(this ReviewJurisdiction jurisdiction) => BilingualName.Local(jurisdiction.Name, jurisdiction.NameEn);

    public static string LocalName(this ProductCategory category) => BilingualName.Local(category.Name, category.NameEn);

    public static string LocalName(this CertifyingOrganization body) => BilingualName.Local(body.Name, body.NameEn);
}
