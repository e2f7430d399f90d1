namespace RobotPlan.SubsidyClaims;

/// <summary>The buyer's evidence for a first-purchase reward .</summary>
public enum ClaimDocumentKind
{
    /// <summary>采购合同</summary>
    Contract = 1,
    /// <summary>发票</summary>
    Invoice = 2,
    /// <summary>验收证明</summary>
    AcceptanceCertificate = 3,
}
