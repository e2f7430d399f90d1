using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.Documents;

namespace RobotPlan.EntityFrameworkCore.Documents;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> b)
    {
        b.ToTable("IssuedDocuments");
        b.Property(x => x.Code).HasMaxLength(DocumentConsts.CodeLength).IsRequired();
        b.Property(x => x.SubjectKey).HasMaxLength(DocumentConsts.SubjectKeyMaxLength).IsRequired();
        b.Property(x => x.Culture).HasMaxLength(16).IsRequired();
        b.Property(x => x.ContentFingerprint).HasMaxLength(DocumentConsts.FingerprintLength).IsRequired();
        b.Property(x => x.Title).HasMaxLength(DocumentConsts.TitleMaxLength).IsRequired();
        b.Property(x => x.ContentJson).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        // Two first downloads at once cannot issue the same content twice.
        b.HasIndex(x => new { x.Kind, x.SubjectKey, x.Culture, x.ContentFingerprint }).IsUnique();
    }
}
