namespace RobotPlan.ReferenceData;

/// <summary>Category rules that need the table: codes are unique, kinds hang under a top-level group.</summary>
public class ReferenceDataManager(IReferenceDataRepository referenceData)
{
    public async Task<ProductCategory> AddCategoryAsync(string code, string name, string nameEn, string? parentCode,
        int sortOrder, CancellationToken ct = default)
    {
        code = code.Trim().ToUpperInvariant();
        if (await referenceData.FindCategoryAsync(code, ct) is not null)
            throw new BusinessException(RobotPlanErrorCodes.DuplicateCategoryCode, "code");
        if (!string.IsNullOrWhiteSpace(parentCode))
        {
            // Products pick a kind under one of the work plan's groups: two levels, no deeper.
            var parent = await referenceData.FindCategoryAsync(parentCode.Trim(), ct);
            if (parent is not { ParentCode: null })
                throw new BusinessException(RobotPlanErrorCodes.UnknownParentCategory, "parentCode");
            parentCode = parent.Code;
        }
        var category = new ProductCategory(code, name.Trim(), nameEn.Trim(), string.IsNullOrWhiteSpace(parentCode) ? null : parentCode, sortOrder);
        await referenceData.AddAsync(category, ct);
        return category;
    }
}
