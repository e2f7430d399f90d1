namespace RobotPlan.SubsidyClaims;

public static class SubsidyClaimMapper
{
    public static SubsidyClaimDto ToDto(this SubsidyClaim c, string? programTitle, string? enterpriseName, Product? product, bool withHistory) => new(
        c.Id, c.ProgramId, programTitle, c.Kind, c.EnterpriseId, enterpriseName, c.ProductId, product?.Name, product?.Model, c.PolicyId,
        c.Purchase is { } p ? new RewardPurchaseDto(p.ProductId, p.SerialNumber, p.BuyerUscc, p.ContractNumber, p.ContractDate, p.DeliveryDate, p.ContractPrice) : null,
        c.Documents.Select(d => new ClaimDocumentDto(d.Kind, d.FileId, d.FileName)).ToList(),
        c.Status, c.StatusChangedAt, c.SubmittedAt, c.StatusReason, c.Computation?.Amount, c.ReservedAmount, c.NoticeId, c.AwardId,
        withHistory ? c.History.OrderBy(h => h.Sequence).Select(h => h.ToDto()).ToList() : [],
        c.CreationTime, c.ConcurrencyStamp);

    public static SubsidyClaimHistoryDto ToDto(this SubsidyClaimHistoryEntry h) =>
        new(h.ActorId, h.ActorName, h.ActorRole, h.ActorJurisdictionId, h.At, h.From, h.To, h.Comment);

    public static ClaimComputationDto ToDto(this ClaimComputation c) => new(c.Kind, c.ParameterVersion, c.Parameters.ToDto(), c.Inputs.PremiumPaid,
        c.Inputs.SumInsured, c.Inputs.AlreadyCompensated, c.Inputs.ContractPrice, c.Lines.Select(l => l.ToDto()).ToList(), c.Amount);
}
