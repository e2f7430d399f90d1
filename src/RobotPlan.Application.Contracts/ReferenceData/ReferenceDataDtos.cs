using RobotPlan.Localization;

namespace RobotPlan.ReferenceData;

public sealed record JurisdictionDto(Guid Id, string Code, string Name, string NameEn, JurisdictionKind Kind, string ConcurrencyStamp);

public sealed record CategoryDto(string Code, string Name, string NameEn, string? ParentCode, int SortOrder, string ConcurrencyStamp);

/// <summary>A testing body (检测机构) or certification body (认证机构).</summary>
public sealed record OrganizationDto(Guid Id, string Name, string NameEn, string? Uscc, bool IsActive, string ConcurrencyStamp);

/// <summary>Names in the reader's UI culture (methods, so the API's JSON keeps both names and no culture-dependent one).</summary>
public static class ReferenceDataNames
{
    public static string LocalName(this JurisdictionDto jurisdiction) => BilingualName.Local(jurisdiction.Name, jurisdiction.NameEn);

    public static string LocalName(this CategoryDto category) => BilingualName.Local(category.Name, category.NameEn);

    public static string LocalName(this OrganizationDto body) => BilingualName.Local(body.Name, body.NameEn);
}

public sealed class RenameJurisdictionDto
{
    [Required, StringLength(ReferenceDataConsts.MaxJurisdictionNameLength)]
    public string Name { get; set; } = "";

    [Required, StringLength(ReferenceDataConsts.MaxJurisdictionNameLength)]
    public string NameEn { get; set; } = "";

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CreateCategoryDto
{
    [Required, StringLength(ReferenceDataConsts.MaxCategoryCodeLength), RegularExpression("^[A-Za-z0-9-]+$")]
    public string Code { get; set; } = "";

    [Required, StringLength(ReferenceDataConsts.MaxCategoryNameLength)]
    public string Name { get; set; } = "";

    [Required, StringLength(ReferenceDataConsts.MaxCategoryNameLength)]
    public string NameEn { get; set; } = "";

    /// <summary>Empty for a new top-level group; else the group's code.</summary>
    [StringLength(ReferenceDataConsts.MaxCategoryCodeLength)]
    public string? ParentCode { get; set; }

    [Range(0, 100_000)]
    public int SortOrder { get; set; }
}

public sealed class RenameCategoryDto
{
    [Required, StringLength(ReferenceDataConsts.MaxCategoryNameLength)]
    public string Name { get; set; } = "";

    [Required, StringLength(ReferenceDataConsts.MaxCategoryNameLength)]
    public string NameEn { get; set; } = "";

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class SaveOrganizationDto
{
    [Required, StringLength(ReferenceDataConsts.MaxOrganizationNameLength)]
    public string Name { get; set; } = "";

    [Required, StringLength(ReferenceDataConsts.MaxOrganizationNameLength)]
    public string NameEn { get; set; } = "";

    /// <summary>Optional; when given, a valid USCC .</summary>
    [StringLength(32)]
    public string? Uscc { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Only for updates: the version the administrator edited.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
