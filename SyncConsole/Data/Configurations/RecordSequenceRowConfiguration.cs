using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Records;

namespace SyncConsole.Data.Configurations;

internal sealed class RecordSequenceRowConfiguration : IEntityTypeConfiguration<RecordSequenceRow>
{
    public void Configure(EntityTypeBuilder<RecordSequenceRow> builder)
    {
        builder.ToTable("record_sequences");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasColumnName("tenant_id");
        builder.Property(s => s.LastSeq).HasColumnName("last_seq");
    }
}
