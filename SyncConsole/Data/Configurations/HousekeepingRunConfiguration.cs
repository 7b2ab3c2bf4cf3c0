using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Jobs;

namespace SyncConsole.Data.Configurations;

internal sealed class HousekeepingRunConfiguration : IEntityTypeConfiguration<HousekeepingRun>
{
    public void Configure(EntityTypeBuilder<HousekeepingRun> builder)
    {
        builder.ToTable("housekeeping_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(r => r.RanAt).HasColumnName("ran_at");
        builder.Property(r => r.SchedulerInstanceId).HasColumnName("scheduler_instance_id").HasMaxLength(200);
        builder.Property(r => r.PrunedRows).HasColumnName("pruned_rows");
        builder.HasIndex(r => r.RanAt);
    }
}
