using Riok.Mapperly.Abstractions;

namespace RobotPlan.Enterprises;

[Mapper]
public static partial class EnterpriseMapper
{
    [MapperIgnoreSource(nameof(Enterprise.DomainEvents))]
    [MapperIgnoreSource(nameof(Enterprise.CreatorId))]
    [MapperIgnoreSource(nameof(Enterprise.LastModificationTime))]
    [MapperIgnoreSource(nameof(Enterprise.LastModifierId))]
    [MapperIgnoreSource(nameof(Enterprise.IsDeleted))]
    [MapperIgnoreSource(nameof(Enterprise.DeletionTime))]
    [MapperIgnoreSource(nameof(Enterprise.DeleterId))]
    [MapperIgnoreSource(nameof(Enterprise.VerificationHistory))]
    [MapperIgnoreSource(nameof(Enterprise.BusinessLicenceFileId))]
    [MapperIgnoreSource(nameof(Enterprise.IsVerified))]
    private static partial EnterpriseDto Map(Enterprise enterprise, string? jurisdictionName);

    public static EnterpriseDto ToDto(this Enterprise enterprise, string? jurisdictionName) => Map(enterprise, jurisdictionName);

    public static partial ContactDto ToDto(this ContactInfo contact);

    public static partial BankAccountDto ToDto(this BankAccount account);

    public static partial ContactInfo ToValue(this ContactDto contact);

    public static partial BankAccount ToValue(this BankAccountDto account);

    /// <summary>R-62 rows of a verification or a dispute; states by name, so both read the same.</summary>
    public static VerificationHistoryDto ToDto<TStatus>(this Reviews.StatusHistoryEntry<TStatus> entry) where TStatus : struct, Enum =>
        new(entry.ActorName, entry.ActorRole, entry.ActorJurisdictionId, entry.At, entry.From.ToString(), entry.To.ToString(), entry.Comment);
}
