// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/RegistryRepository.h>

namespace netzatlas {

RegistryRepository::~RegistryRepository() = default;

} // namespace netzatlas
