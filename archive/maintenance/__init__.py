"""Keeping an archive healthy: `doctor` (check and repair derived data) and `backup` / `restore`."""

from archive.maintenance.backup import BackupResult, RestoreResult, backup, restore
from archive.maintenance.doctor import DoctorReport, Problem, diagnose

__all__ = ["BackupResult", "DoctorReport", "Problem", "RestoreResult", "backup", "diagnose", "restore"]
