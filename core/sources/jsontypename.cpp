#include "core/sources/jsontypename.h"

namespace CarScout::Sources {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_qs;
    case QJsonValue::Bool: return u"a boolean"_qs;
    case QJsonValue::Double: return u"a number"_qs;
    case QJsonValue::String: return u"a string"_qs;
    case QJsonValue::Array: return u"an array"_qs;
    case QJsonValue::Object: return u"an object"_qs;
    case QJsonValue::Undefined: break;
    }
    return u"missing"_qs;
}

} // namespace CarScout::Sources
