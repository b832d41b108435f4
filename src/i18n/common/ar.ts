import type { CommonMessages } from './en.js';

export default {
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر تحميل هذا المحتوى.',
  errorDetails: 'تفاصيل لفريق الموقع الإلكتروني',
  errorNetwork: 'تعذّر الوصول إلى مصدر البيانات: تعطّلت الشبكة، أو المتصفح غير متصل، أو العنوان غير صحيح.',
  errorHttp: (status: string) => `ردّ الخادم بالرمز ${status} بدلًا من مصدر البيانات.`,
  errorParse: 'مصدر البيانات ليس بتنسيق JSON صالح.',
  errorSchema: 'مصدر البيانات لا يتبع تنسيق feed-v1.',
  errorVersion: 'لا تقرأ هذه الأداة هذا الإصدار من مصدر البيانات.',
  errorCode: 'تعذّر تحميل جزء من شيفرة هذه الأداة: تعطّلت الشبكة أو المتصفح غير متصل.',
  retry: 'إعادة المحاولة',
  empty: 'لا يوجد ما يُعرض.',
  staleNotice: 'تعذّر التحديث؛ تُعرض آخر نسخة تم تحميلها.',
} satisfies CommonMessages;
