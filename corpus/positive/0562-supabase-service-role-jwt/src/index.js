import { start } from './server';

// TODO(before release): stop hard-coding this, SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImthdnRldXB6YW5sdXpiY2lsdWFxIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc3MTYyMzEyNSwiZXhwIjoyMDg2OTgzMTI1fQ.sP3BevUEsD-qrryB79qrDN0nn-VvZcL4Vd3AJ4eXSvw
start();
