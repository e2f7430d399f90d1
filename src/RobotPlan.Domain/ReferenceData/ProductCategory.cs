namespace RobotPlan.ReferenceData;

/// <summary>产品类别 from the work plan: four groups (industrial, service, key parts, testing services) and their kinds.</summary>
public class ProductCategory : AggregateRoot
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    /// <summary>Null for a top-level group.</summary>
    public string? ParentCode { get; private set; }
    public int SortOrder { get; private set; }

    private ProductCategory() { }

    public ProductCategory(string code, string name, string nameEn, string? parentCode, int sortOrder)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        ParentCode = parentCode;
        SortOrder = sortOrder;
    }

    public void Rename(string name, string nameEn)
    {
        Name = name.Trim();
        NameEn = nameEn.Trim();
    }
}
