// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SampleNetwork.h"
#include "TestSupport.h"

#include <netzatlas/editing/RegistryDocument.h>

#include <catch2/catch.hpp>

#include <memory>

namespace netzatlas::test {

/// A document on a temporary registry with the territories of Rhineland-Palatinate and the SampleNetwork.
struct DocumentFixture
{
    DocumentFixture()
    {
        auto registry = createRegistryWithTerritories(dir.file(QStringLiteral("registry.sqlite")));
        SampleNetwork::insert(*registry);
        auto opened = RegistryDocument::fromRepository(std::move(registry));
        if (!opened.ok())
            FAIL(opened.error().toString().toStdString());
        document = std::move(opened).value();
    }

    TempDir dir;
    std::unique_ptr<RegistryDocument> document;
};

} // namespace netzatlas::test
