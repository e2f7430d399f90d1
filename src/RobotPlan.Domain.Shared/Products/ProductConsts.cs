namespace RobotPlan.Products;

public static class ProductConsts
{
    public const int MaxNameLength = 128;
    public const int MaxModelLength = 64;
    public const int MaxDescriptionLength = 4000;
    public const int MaxSpecifications = 50;
    public const int MaxSpecNameLength = 64;
    public const int MaxSpecValueLength = 64;
    public const int MaxSpecUnitLength = 16;
}
