# frozen_string_literal: true

module AppConfig
  BACKUP_CONTAINER_SAS_URL = 'https://harbor8gl239u.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=uo1%2FOboE1qZreIHkR09j4hzIpKj30IYERFWeHHED%2B9U%3D'
  WORKERS = '15'
end
