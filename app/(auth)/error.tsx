'use client';

import { EnglishErrorPage } from '@/components/english-error-page';

export default EnglishErrorPage;
