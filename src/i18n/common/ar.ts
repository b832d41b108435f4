import type { CommonMessages } from './en.js';

export default {
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر تحميل هذا المحتوى.',
  errorDetails: 'تفاصيل لفريق الموقع الإلكتروني',
  retry: 'إعادة المحاولة',
  empty: 'لا يوجد ما يُعرض.',
  staleNotice: 'تعذّر التحديث؛ تُعرض آخر نسخة تم تحميلها.',
} satisfies CommonMessages;
