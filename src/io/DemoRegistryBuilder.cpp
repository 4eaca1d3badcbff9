// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/DemoRegistryBuilder.h>

namespace netzatlas {

DemoRegistryBuilder::DemoRegistryBuilder(RegistryRepository &registry, quint32 seed)
    : m_registry(registry)
    , m_seed(seed)
{
}

Status DemoRegistryBuilder::build()
{
    return Error::make(QStringLiteral("not yet implemented"));
}

} // namespace netzatlas
