namespace RobotPlan.Products;

/// <summary>产品: a robot or part model an enterprise makes, with its key specifications.</summary>
public class Product : AggregateRoot
{
    private readonly List<ProductSpecification> _specifications = [];

    public Guid EnterpriseId { get; private set; }
    public string Name { get; private set; } = null!;
    public string Model { get; private set; } = null!;
    public string CategoryCode { get; private set; } = null!;
    public string? Description { get; private set; }
    public Guid? BrochureFileId { get; private set; }
    public IReadOnlyList<ProductSpecification> Specifications => _specifications;

    private Product() { }

    internal Product(Guid enterpriseId, string name, string model, string categoryCode, string? description)
    {
        EnterpriseId = enterpriseId;
        Model = model.Trim();
        Describe(name, categoryCode, description);
    }

    /// <summary>Only through <see cref="ProductManager"/>: the new model must be unique within the enterprise.</summary>
    internal void ChangeModel(string model) => Model = model.Trim();

    internal void Describe(string name, string categoryCode, string? description)
    {
        Name = name.Trim();
        CategoryCode = categoryCode;
        Description = description?.Trim();
    }

    public void ReplaceSpecifications(IEnumerable<ProductSpecification> specifications)
    {
        var list = specifications.Select(s => new ProductSpecification(s.Name.Trim(), s.Value.Trim(), string.IsNullOrWhiteSpace(s.Unit) ? null : s.Unit.Trim()))
            .ToList();
        if (list.Count > ProductConsts.MaxSpecifications)
            throw new BusinessException(RobotPlanErrorCodes.TooManySpecifications, "specifications", ProductConsts.MaxSpecifications);
        _specifications.Clear();
        _specifications.AddRange(list);
    }

    public void AttachBrochure(Guid fileId) => BrochureFileId = fileId;
}

/// <summary>A key specification (e.g. payload 20 kg, repeatability ±0.05 mm, 6 axes).</summary>
public sealed record ProductSpecification(string Name, string Value, string? Unit);
