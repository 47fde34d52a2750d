# frozen_string_literal: true

module AppConfig
  LOG_LEVEL = 'debug'
  ConnectionStrings__Default = 'Server=tcp:harbor-sql.database.windows.net,1433;Initial Catalog=juniper;User ID=svc_app;Password=LY3mj9dpqMkvYGsuN!n~2;Encrypt=True;'
end
