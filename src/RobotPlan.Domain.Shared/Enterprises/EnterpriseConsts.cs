namespace RobotPlan.Enterprises;

public static class EnterpriseConsts
{
    public const int MaxLegalNameLength = 128;
    public const int MaxAddressLength = 256;
    public const int MaxContactNameLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 128;
    public const int MaxBankNameLength = 128;
    public const int MaxBankAccountNumberLength = 40;
}

public static class EnterpriseVerificationConsts
{
    public const int MaxLegalRepresentativeLength = 64;
    public const int MaxReasonLength = 1000;
    public const int MaxStatementLength = 2000;
}
